// Answering a request in Next's place, possibly while Next is still working on it (a body that
// grew too big half-way, a form Next could not decode): from then on Next's writes go nowhere.
import { ServerResponse } from 'node:http'

const TAKEN = Symbol('answered by the server in front of Next')

// After refusing a body we close the connection, but not at once: closing with unread data makes
// the kernel reset the connection, and the client could lose the answer before reading it. Until
// then Node reads what still arrives and throws it away (nothing of it is kept).
const LINGER_MS = 3000

export const isTakenOver = (res) => Boolean(res[TAKEN])

/** Sends `answer` ({ status, headers, body }) unless something was sent already; then closes. */
export const takeOver = (req, res, answer) => {
  if (res[TAKEN] || req.socket.destroyed) return
  res[TAKEN] = true
  const proto = ServerResponse.prototype
  const sent = res.headersSent
  res.writeHead = () => res
  res.setHeader = () => res
  res.appendHeader = () => res
  res.write = () => true
  res.end = () => res
  res.flushHeaders = () => {}
  const bodyPending = !req.complete && (Number(req.headers['content-length']) > 0 || req.headers['transfer-encoding'] !== undefined)
  // Once the body has been drained, close politely; one still arriving after the linger is cut.
  const close = () => {
    if (!bodyPending) return
    const timer = setTimeout(() => (req.complete ? req.socket.end() : req.socket.destroy()), LINGER_MS)
    timer.unref()
    req.once('end', () => {
      if (!req.complete) return
      clearTimeout(timer)
      req.socket.end()
    })
  }
  if (sent) {
    req.socket.destroy()
    return
  }
  for (const name of res.getHeaderNames()) proto.removeHeader.call(res, name)
  // Node would close at once a connection whose client asked for `Connection: close`, mid-body;
  // kept open, it drains the body until the linger below ends it.
  if (bodyPending) res.shouldKeepAlive = true
  // The connection ends once the body has drained: say so, or the client reuses the socket for its
  // next request and has it reset under that one. Node reads the header as "close as soon as this
  // is sent", mid-body; the linger below closes it instead.
  // Set one by one here: given to writeHead, they would be merged through res.setHeader (Node does
  // so once any header was set, as Next had), which is silenced above, and the answer went out bare.
  for (const [name, value] of Object.entries(bodyPending ? { ...answer.headers, connection: 'close' } : answer.headers)) proto.setHeader.call(res, name, value)
  proto.writeHead.call(res, answer.status)
  if (bodyPending) res._last = false
  proto.end.call(res, answer.body)
  res.once('finish', close)
}
