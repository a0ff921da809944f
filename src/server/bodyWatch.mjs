// Watches a request body as it arrives, below Next and Payload, which read it as a stream: a
// chunked body that grows past the limit is cut off; a multipart body whose framing is broken
// (another boundary than declared, cut short, empty) is refused instead of failing inside their
// parsers as a 500; a body that stops arriving (a Content-Length that overstates it, a client
// that sends a byte a minute) is given up on. Node's HTTP parser hands each chunk to the request
// stream's push(); wrapping it on this one request sees every byte before any reader does, without
// buffering or changing the stream Next and Payload consume. It must be installed synchronously in
// the 'request' event, before the parser hands over the first chunk.
const DISCARD = Symbol('body refused')

/** The boundary of a multipart body, from its Content-Type, or null. */
export const multipartBoundary = (contentType) => {
  const match = /^multipart\/[\w.+-]+\s*;(?:.*;)?\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '')
  return match ? (match[1] ?? match[2]) : null
}

export const watchBody = (req, res, { limit, boundary, onTooLarge, onMalformed }) => {
  let received = 0
  let timer
  let idle = null
  const delimiter = boundary ? Buffer.from(`--${boundary}`) : null
  let head = Buffer.alloc(0)
  let tail = Buffer.alloc(0)
  const keep = delimiter ? delimiter.length + 8 : 0
  const stop = () => clearTimeout(timer)
  const arm = () => {
    if (!idle) return
    stop()
    timer = setTimeout(() => {
      if (!req.complete && !req.socket.destroyed) idle.onIdle()
    }, idle.ms)
    timer.unref()
  }
  // Browsers and fetch start the body with the delimiter (no preamble) and end it with the close
  // delimiter and at most a line break.
  const headIsBroken = () => head.length >= delimiter.length && !head.subarray(0, delimiter.length).equals(delimiter)
  const push = req.push
  req.push = function (chunk, encoding) {
    if (this[DISCARD]) return true
    if (chunk === null) {
      stop()
      if (delimiter && (received === 0 || !tail.toString('latin1').trimEnd().endsWith(`${delimiter.toString('latin1')}--`))) {
        onMalformed()
        return true
      }
      return push.call(this, chunk, encoding)
    }
    received += chunk.length
    if (received > limit) {
      stop()
      onTooLarge()
      return true
    }
    if (delimiter) {
      if (head.length < delimiter.length) {
        head = Buffer.concat([head, chunk]).subarray(0, delimiter.length)
        if (headIsBroken()) {
          stop()
          onMalformed()
          return true
        }
      }
      tail = Buffer.concat([tail, chunk.length > keep ? chunk.subarray(chunk.length - keep) : chunk])
      if (tail.length > keep) tail = tail.subarray(tail.length - keep)
    }
    arm()
    return push.call(this, chunk, encoding)
  }
  // Answered while the body is still owed (a GET with a lying Content-Length): the connection
  // cannot serve another request until it arrives, so the timer keeps running and closes it.
  res.once('close', () => {
    if (req.complete || req.socket.destroyed) stop()
  })
  return {
    /** From now on (the body is being read), a pause of `ms` between chunks ends the request. */
    startIdleTimer: (ms, onIdle) => {
      if (req.complete) return
      idle = { ms, onIdle }
      arm()
    },
  }
}

/**
 * From now on the body's bytes are dropped as they arrive, and whoever reads the stream sees it
 * end: what was refused is not read, parsed or kept.
 */
export const discardBody = (req) => {
  if (req[DISCARD]) return
  req[DISCARD] = true
  // Next destroys the request when its parser fails on the cut body, which would reset the
  // connection under the answer just written; respond.mjs closes it after a linger instead.
  req.destroy = function () {
    return this
  }
  // The stream's own push (the wrapper above now drops everything) ends what readers see.
  if (!req.readableEnded) Object.getPrototypeOf(req).push.call(req, null)
}
