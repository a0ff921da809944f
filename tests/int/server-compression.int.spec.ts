import { createServer, get as httpGet, ServerResponse, type IncomingMessage, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCompressedCopies } from '@/server/compressedCopies.mjs'
import { compressResponse, pickEncoding } from '@/server/compression.mjs'
import { takeOver } from '@/server/respond.mjs'

// The production server's compression (src/server/compression.mjs) in front of handlers that
// answer as Next does: a static page (s-maxage), a personal page (a cookie, no-store), a script
// written in pieces, an image, a tiny answer. tests/e2e/light-pages checks it on the real server.
const page = `<!doctype html><html><body>${'<p>Лечение в Китае · 中国治疗 · العلاج في الصين</p>'.repeat(400)}</body></html>`
const handlers: Record<string, (res: ServerResponse) => void> = {
  '/static': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000', etag: '"abc"', vary: 'RSC' }).end(page),
  '/regenerated': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000' }).end(`${page}<!-- v2 -->`),
  '/personal': (res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.setHeader('cache-control', 'private, no-cache, no-store')
    res.end(page)
  },
  '/cookie': (res) => res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'public, max-age=60', 'set-cookie': 'ref=A1; Path=/' }).end(page),
  '/script': (res) => {
    res.writeHead(200, [['content-type', 'application/javascript'], ['cache-control', 'public, max-age=31536000, immutable']])
    for (let i = 0; i < 50; i += 1) res.write(`console.log(${i}, "chunk ${'x'.repeat(100)}");\n`)
    res.end()
  },
  '/image': (res) => res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=60' }).end(Buffer.alloc(4096, 7)),
  // As Next serves a file: the head first, then the stream piped in.
  '/image-stream': (res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': 4096 })
    res.write(Buffer.alloc(2048, 7))
    res.end(Buffer.alloc(2048, 7))
  },
  '/tiny': (res) => res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' }).end('{"ok":true}'),
  // Next's 500 without writeHead (status set, then end): the server in front turns it into its own
  // answer when the head goes out (src/server/edge.mjs), after the body was compressed.
  '/refused': (res) => {
    res.statusCode = 500
    res.setHeader('content-type', 'text/html')
    res.end(page)
  },
  // The same with a short body that is not worth compressing (it passes through as written).
  '/refused-plain': (res) => {
    res.statusCode = 500
    res.end('Internal Server Error')
  },
  '/partial': (res) => res.writeHead(206, { 'content-type': 'text/plain', 'content-range': 'bytes 0-2047/4096' }).end('y'.repeat(2048)),
}

/** As edge.mjs does for a form post: Next's 500 becomes the server's own 400 (respond.mjs). */
const refuseServerErrors = (req: IncomingMessage, res: ServerResponse) => {
  const writeHead = res.writeHead
  res.writeHead = function (this: ServerResponse, status: number, ...rest: never[]) {
    if (status !== 500) return writeHead.call(this, status, ...rest)
    takeOver(req, res, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': '7', 'x-content-type-options': 'nosniff' }, body: 'refused' })
    return res
  } as ServerResponse['writeHead']
}

let server: Server
let base = ''
const copies = createCompressedCopies({ maxBytes: 1024 * 1024 })

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    compressResponse(req, res, copies)
    if (req.url?.startsWith('/refused')) refuseServerErrors(req, res)
    handlers[req.url ?? '']!(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())

// Node's fetch would decode the body itself; the raw bytes and headers are what is being tested.
const get = async (path: string, acceptEncoding?: string, headers: Record<string, string> = {}) => {
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    httpGet(`${base}${path}`, { headers: { ...headers, ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) } }, resolve).on('error', reject)
  })
  const chunks: Buffer[] = []
  for await (const chunk of res) chunks.push(chunk as Buffer)
  const raw = Buffer.concat(chunks)
  const encoding = res.headers['content-encoding']
  const body = (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString()
  return { status: res.statusCode, headers: res.headers, raw, body }
}

describe('compression on the direct path', () => {
  it('picks brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br')
    expect(pickEncoding('gzip')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(pickEncoding('*')).toBe('br')
    expect(pickEncoding('identity')).toBeNull()
    expect(pickEncoding('')).toBeNull()
  })

  it('compresses a static page once, however often it is asked for, and serves the same bytes', async () => {
    const before = { ...copies.stats }
    const answers = await Promise.all(Array.from({ length: 20 }, () => get('/static', 'gzip, br')))
    for (const answer of answers) {
      expect(answer.headers['content-encoding']).toBe('br')
      expect(answer.body).toBe(page)
      expect(answer.raw.equals(answers[0]!.raw)).toBe(true)
      expect(Number(answer.headers['content-length'])).toBe(answer.raw.length)
      expect(answer.headers.vary).toMatch(/RSC.*Accept-Encoding/)
      expect(answer.headers.etag).toMatch(/^W\/"[\w-]{27}"$/)
      expect(answer.headers.etag).toBe(answers[0]!.headers.etag)
    }
    expect(answers[0]!.raw.length).toBeLessThan(Buffer.byteLength(page) / 10)
    expect(copies.stats.compressed - before.compressed).toBe(1)
    expect(copies.stats.served - before.served).toBe(20)

    const gzip = await get('/static', 'gzip')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.body).toBe(page)
    // A browser that has the page asks again with its ETag: 304, no body, nothing compressed.
    const etag = answers[0]!.headers.etag!
    for (const ifNoneMatch of [etag, etag.slice(2), `"other", ${etag}`, '*']) {
      const again = await get('/static', 'br', { 'if-none-match': ifNoneMatch })
      expect(again.status, ifNoneMatch).toBe(304)
      expect(again.raw.length).toBe(0)
    }
    expect((await get('/static', 'br', { 'if-none-match': '"other"' })).status).toBe(200)
    // A regenerated page is other bytes: another ETag.
    expect((await get('/regenerated', 'br')).headers.etag).not.toBe(etag)
    // A regenerated page is new bytes: compressed once more, on its first request.
    await get('/regenerated', 'br')
    expect(copies.stats.compressed - before.compressed).toBe(3)
  })

  it('compresses a personal page for that request only and keeps no copy of it', async () => {
    for (const path of ['/personal', '/cookie']) {
      const before = { ...copies.stats }
      const answer = await get(path, 'br')
      expect(answer.headers['content-encoding']).toBe('br')
      expect(answer.body).toBe(page)
      expect(copies.stats).toEqual(before)
    }
  })

  it("sends nothing more once the server in front has answered in its place, and that answer keeps its own headers", async () => {
    for (const path of ['/refused', '/refused-plain']) {
      const raw = await new Promise<string>((resolve, reject) => {
        const { port } = new URL(base)
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n`),
        )
        const chunks: Buffer[] = []
        socket.on('data', (chunk) => chunks.push(chunk)).on('error', reject)
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
      })
      const [head, body] = raw.split('\r\n\r\n')
      expect(head, path).toMatch(/^HTTP\/1\.1 400 /)
      // Its own headers, none of the page's, and its body alone: nothing of the page after it.
      expect(head, path).toMatch(/\r\ncontent-type: text\/plain; charset=utf-8\r\n/i)
      expect(head, path).toMatch(/\r\nx-content-type-options: nosniff\r\n/i)
      expect(head, path).not.toMatch(/content-encoding|text\/html/i)
      expect(body, path).toBe('refused')
    }
  })

  it('holds a body written in pieces and compresses it whole', async () => {
    const answer = await get('/script', 'gzip')
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(answer.body.split('\n')).toHaveLength(51)
    expect(answer.headers['cache-control']).toContain('immutable')
  })

  it('leaves alone what compression does not help: images, tiny answers, ranges, clients that take none', async () => {
    for (const path of ['/image', '/image-stream', '/tiny', '/partial']) {
      const answer = await get(path, 'gzip, br')
      expect(answer.headers['content-encoding'], path).toBeUndefined()
    }
    for (const [path, accept] of [['/image', 'br'], ['/image-stream', 'br'], ['/image-stream', 'identity'], ['/static', 'identity']] as const) {
      const answer = await get(path, accept)
      expect(answer.status, `${path} ${accept}`).toBe(200)
      if (path.startsWith('/image')) expect(answer.raw.equals(Buffer.alloc(4096, 7))).toBe(true)
    }
    const plain = await get('/static')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(page)
    expect(plain.headers.vary).toMatch(/Accept-Encoding/)
    expect((await get('/partial', 'br')).status).toBe(206)
  })
})
