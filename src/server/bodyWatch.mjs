// Counts a request body as it arrives, below Next and Payload, which read it as a stream: a
// chunked body that grows past the limit, or one that stops arriving (a Content-Length that
// overstates it, a client that sends a byte a minute), is cut off. Node's HTTP parser hands each
// chunk to the request stream's push(); wrapping it on this one request sees every byte before
// any reader does, without buffering or changing the stream Next and Payload consume.
const DISCARD = Symbol('body refused')

export const watchBody = (req, res, { limit, idleMs, onTooLarge, onIdle }) => {
  if (req.complete) return
  let received = req.readableLength
  let timer
  const stop = () => clearTimeout(timer)
  const arm = () => {
    stop()
    timer = setTimeout(() => {
      if (!req.complete) onIdle()
    }, idleMs)
    timer.unref()
  }
  const push = req.push
  req.push = function (chunk, encoding) {
    if (this[DISCARD]) return true
    if (chunk === null) {
      stop()
      return push.call(this, chunk, encoding)
    }
    received += chunk.length
    if (received > limit) {
      stop()
      onTooLarge()
      return true
    }
    arm()
    return push.call(this, chunk, encoding)
  }
  res.once('close', stop)
  arm()
}

/**
 * From now on the body's bytes are dropped as they arrive, and whoever reads the stream sees it
 * end: what was refused is not read, parsed or kept.
 */
export const discardBody = (req) => {
  if (req[DISCARD]) return
  req[DISCARD] = true
  // The stream's own push (the wrapper above now drops everything) ends what readers see.
  if (!req.readableEnded) Object.getPrototypeOf(req).push.call(req, null)
}
