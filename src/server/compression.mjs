// Compression on the direct path (no proxy in front): Next's own (`compress`, off in
// next.config.ts) gzips every response anew, so a static page served a thousand times was
// compressed a thousand times. Here a response that is the same for everyone is compressed once
// per content (./compressedCopies.mjs); a personal one (a cookie set, `private`, `no-store`) is
// compressed for that request only and never kept. Brotli when the browser takes it, else gzip.
// A shared response also gets its ETag here, from the same hash, and a 304 when the browser has
// it: Next's own ETag (`generateEtags`, off in next.config.ts) hashed every page in JavaScript on
// every request, an eighth of the server's time under load.
import { compress, contentTag } from './compressedCopies.mjs'

const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(javascript|json|xml|manifest\+json|ld\+json|rss\+xml)|image\/svg\+xml)/i
// Below this, compression saves less than it costs (nginx's gzip_min_length, deploy/nginx.conf).
const MIN_BYTES = 1024

/** 'br', 'gzip' or null, from Accept-Encoding (an encoding with q=0 is refused, not accepted). */
export const pickEncoding = (header = '') => {
  const accepted = new Map()
  for (const part of String(header).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name, q ? Number(q.slice(2)) : 1)
  }
  const takes = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  return takes('br') ? 'br' : takes('gzip') ? 'gzip' : null
}

/** If-None-Match names `etag` (or is `*`), compared weakly as RFC 9110 asks for GET. */
const opaque = (tag) => tag.trim().replace(/^W\//, '')
const hasCopy = (ifNoneMatch, etag) => typeof ifNoneMatch === 'string' && ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))

const headerText = (res, name) => [res.getHeader(name) ?? ''].flat().join(', ').toLowerCase()

/** The same bytes for every visitor: a cache may keep them, so may we. */
const isShared = (res) => {
  const cacheControl = headerText(res, 'cache-control')
  return res.statusCode === 200 && !res.hasHeader('set-cookie') && !/private|no-store/.test(cacheControl) && /public|s-maxage|immutable/.test(cacheControl)
}

const worthCompressing = (res) =>
  ![204, 206, 304].includes(res.statusCode) &&
  !res.hasHeader('content-encoding') &&
  !res.hasHeader('content-range') &&
  !/no-transform/.test(headerText(res, 'cache-control')) &&
  COMPRESSIBLE.test(headerText(res, 'content-type')) &&
  !(Number(res.getHeader('content-length')) < MIN_BYTES)

// writeHead's headers set on the response itself, so they can be read and changed before sending.
const takeHeaders = (res, headers) => {
  if (!headers) return
  if (Array.isArray(headers)) {
    const pairs = Array.isArray(headers[0]) ? headers : headers.flatMap((_, i) => (i % 2 ? [] : [[headers[i], headers[i + 1]]]))
    for (const [name, value] of pairs) res.appendHeader(name, value)
  } else for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
}

/**
 * Sends the head through the wrappers added after this one before any body, and says whether the
 * body may follow. One of them may answer in this response's place (edge.mjs turns Next's 500 on a
 * form post into its own 400): from inside Node's write() or end(), the body would then be written
 * after that answer and reach the client as garbage.
 */
const headFirst = (res, length) => {
  if (res.headersSent) return !res.writableEnded
  const bodiless = [204, 304].includes(res.statusCode)
  if (length !== undefined && !bodiless && !res.hasHeader('content-length') && !res.hasHeader('transfer-encoding')) res.setHeader('content-length', length)
  res.writeHead(res.statusCode)
  return !res.writableEnded
}

const byteLength = (chunk, encoding) => (chunk && typeof chunk !== 'function' ? Buffer.byteLength(chunk, typeof encoding === 'string' ? encoding : undefined) : 0)

/**
 * Makes `res` compress its body when the request accepts it. The body is held until it ends (the
 * compressed length is then known); responses not worth compressing pass through as written.
 */
export const compressResponse = (req, res, copies) => {
  const encoding = req.method === 'HEAD' ? null : pickEncoding(req.headers['accept-encoding'])
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  const chunks = []
  let holding // undefined until the first write decides; then true (compress) or false (pass)
  // Once set, writeHead is Node's again: its implicit header (this.writeHead(statusCode), called
  // from write and end through whatever wrappers were added after this one) must really be sent.
  let sending = false
  let ended = false

  const decide = () => {
    if (holding !== undefined) return holding
    const worth = worthCompressing(res)
    // Set here, not earlier: Next replaces Vary with its own list on its pages.
    const vary = headerText(res, 'vary')
    if (worth && !/accept-encoding/.test(vary)) res.setHeader('vary', vary ? `${[res.getHeader('vary')].flat().join(', ')}, Accept-Encoding` : 'Accept-Encoding')
    holding = worth && encoding !== null
    if (!holding) sending = true
    return holding
  }

  res.writeHead = function (status, reason, headers) {
    if (sending) return original.writeHead.apply(this, arguments)
    this.statusCode = status
    if (typeof reason === 'string') this.statusMessage = reason
    takeHeaders(this, typeof reason === 'string' ? headers : reason)
    return this
  }
  res.flushHeaders = function () {
    if (!decide()) original.flushHeaders.call(this)
  }
  res.write = function (chunk, chunkEncoding, callback) {
    if (!decide()) return headFirst(this) ? original.write.call(this, chunk, chunkEncoding, callback) : false
    if (ended) return false
    if (chunk?.length) chunks.push(Buffer.from(chunk, typeof chunkEncoding === 'string' ? chunkEncoding : undefined))
    const done = typeof chunkEncoding === 'function' ? chunkEncoding : callback
    if (done) process.nextTick(done)
    return true
  }
  res.end = function (chunk, chunkEncoding, callback) {
    if (!decide()) {
      // A HEAD answer states the length of the body it leaves out; Node's end() sets none then.
      if (headFirst(this, req.method === 'HEAD' ? undefined : byteLength(chunk, chunkEncoding))) original.end.call(this, chunk, chunkEncoding, callback)
      return this
    }
    // The body goes out once compressed, a moment later: a second end() meanwhile changes nothing.
    if (ended) return this
    ended = true
    const done = [chunk, chunkEncoding, callback].find((arg) => typeof arg === 'function')
    if (typeof chunk !== 'function' && chunk?.length) chunks.push(Buffer.from(chunk, typeof chunkEncoding === 'string' ? chunkEncoding : undefined))
    const body = Buffer.concat(chunks)
    const send = (bytes, headers = {}) => {
      // Answered meanwhile by someone else (a refusal of the server in front, src/server/respond.mjs).
      if (this.destroyed || this.writableEnded) return
      for (const [name, value] of Object.entries(headers)) this.setHeader(name, value)
      this.setHeader('content-length', bytes.length)
      sending = true
      if (headFirst(this)) original.end.call(this, bytes, done)
    }
    if (body.length < MIN_BYTES) {
      send(body)
      return this
    }
    const shared = isShared(this)
    const tag = shared ? contentTag(body) : undefined
    if (tag) {
      // Weak: the same content in br and gzip is not the same bytes.
      const etag = `W/"${tag}"`
      this.setHeader('etag', etag)
      if (hasCopy(req.headers['if-none-match'], etag)) {
        this.statusCode = 304
        for (const name of ['content-type', 'content-length']) this.removeHeader(name)
        sending = true
        if (headFirst(this)) original.end.call(this, done)
        return this
      }
    }
    const made = tag ? copies.get(body, encoding, tag) : compress(body, encoding, false)
    made.then(
      (compressed) => send(compressed, { 'content-encoding': encoding }),
      (error) => {
        console.error('[server] compression failed; sent uncompressed', error)
        send(body)
      },
    )
    return this
  }
}
