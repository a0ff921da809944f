// The request handler in front of Next's: decides who the client is, refuses what must not reach
// Next (see requestChecks.mjs), paces uploads and watches bodies, then hands the request on.
import { MAX_BODY_BYTES, UPLOAD_THRESHOLD_BYTES } from '../lib/bodyLimits.mjs'
import { headersForPath } from '../lib/securityHeaders.mjs'
import { withAnswerStatus } from './answerStatus.mjs'
import { discardBody, multipartBoundary, watchBody } from './bodyWatch.mjs'
import { clientAddress, isTrustedPeer } from './clientAddress.mjs'
import { compressResponse } from './compression.mjs'
import { refusal } from './refusals.mjs'
import { checkRequest } from './requestChecks.mjs'
import { isTakenOver, takeOver } from './respond.mjs'

/** A body that has stopped arriving for this long is given up on (and its connection freed). */
export const BODY_IDLE_MS = 10_000

// Forwarding headers mean something only when a proxy of ours wrote them.
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip']

const isPublicPost = (req) => req.method !== 'GET' && req.method !== 'HEAD' && !/^\/(api|admin)(\/|$|\?)/.test(req.url)

export const createEdge = ({ handle, texts, trusted, gate, copies }) => {
  const refuse = (req, res, kind, extra = {}) =>
    takeOver(req, res, refusal(texts, { kind, url: req.url, forScript: Boolean(req.headers['next-action']), ...extra }))

  return async (req, res, { expectsContinue = false } = {}) => {
    const peer = req.socket.remoteAddress
    const client = clientAddress({ peer, forwardedFor: req.headers['x-forwarded-for'], trusted })
    const fromOurProxy = isTrustedPeer(trusted, peer)
    if (!fromOurProxy) for (const name of FORWARDING_HEADERS) delete req.headers[name]
    // src/lib/clientIp.ts reads this: one address, decided here, whatever the client sent.
    req.headers['x-forwarded-for'] = client
    delete req.headers['x-real-ip']

    const host = (fromOurProxy && req.headers['x-forwarded-host']) || req.headers.host
    const refused = checkRequest({ method: req.method, url: req.url, headers: req.headers, host })
    if (refused) return refuse(req, res, refused)

    // Before the first await: the parser hands over the body's first bytes right after this event.
    const body = watchBody(req, res, {
      limit: MAX_BODY_BYTES,
      boundary: multipartBoundary(req.headers['content-type']),
      onTooLarge: () => {
        refuse(req, res, 'tooLarge')
        discardBody(req)
      },
      onMalformed: () => {
        refuse(req, res, 'badRequest')
        discardBody(req)
      },
    })

    const declared = req.headers['content-length']
    const isUpload = req.headers['transfer-encoding'] !== undefined || Number(declared) > UPLOAD_THRESHOLD_BYTES
    if (isUpload) {
      const abort = new AbortController()
      res.once('close', () => abort.abort())
      const release = await gate.acquire(abort.signal)
      if (!release) return res.destroyed ? undefined : refuse(req, res, 'busy', { retryAfterSeconds: 60 })
      res.once('close', release)
    }
    if (isTakenOver(res)) return undefined
    if (expectsContinue) res.writeContinue()
    body.startIdleTimer(BODY_IDLE_MS, () => {
      if (res.headersSent) return req.socket.destroy()
      refuse(req, res, 'timeout')
      discardBody(req)
    })

    // Next's headers() rules set these again on what it answers itself; this covers the rest.
    for (const { key, value } of headersForPath(req.url)) res.setHeader(key, value)
    // Installed before the status rewrites below, so it sees the status they settle on.
    compressResponse(req, res, copies)
    if (isPublicPost(req)) {
      // Next answers 500 to any form post it cannot decode: malformed or truncated multipart, an
      // action argument that is not JSON (its own TODO in app-render/action-handler.js). The form's
      // own failures never reach here (the action answers them itself), so on a public post a 500
      // is the request's fault, and the visitor gets the translated 400. (A 503 the form's action
      // chose for itself, see answerStatus.mjs, passes through.)
      const writeHead = res.writeHead
      res.writeHead = function (status, ...rest) {
        if (status === 500 && !isTakenOver(res)) {
          console.warn(`[server] ${req.method} ${req.url.split('?')[0]}: Next could not decode the form post; answered 400`)
          refuse(req, res, 'badRequest')
          discardBody(req)
          return this
        }
        return writeHead.call(this, status, ...rest)
      }
      return withAnswerStatus(req, res, () => handle(req, res))
    }
    return handle(req, res)
  }
}
