// What the server refuses before Next or Payload read a byte of the body. Next answers these cases
// with a 500 (a URL that does not decode, a server action from another site) or reads the whole
// body into memory first (an oversized post); the visitor's mistake deserves a 4xx, and the server
// its memory.
import { MAX_BODY_BYTES } from '../lib/bodyLimits.mjs'
import { isReadableRouterState } from './routerStateHeader.mjs'

// Control characters in a path are never part of a page address, and break the headers (a
// redirect's Location) that some routes build from it.
const CONTROL = /[\u0000-\u001f\u007f]/

/** Payload's REST API and admin parse their own bodies and check their own origins (CSRF). */
const isPayload = (pathname) => /^\/(api|admin)(\/|$)/.test(pathname)

const decodes = (pathname) => {
  try {
    return !CONTROL.test(decodeURIComponent(pathname))
  } catch {
    return false
  }
}

/** `multipart/form-data; boundary=…`: what the inquiry form sends, with or without JavaScript. */
const isMultipart = (contentType) => /^multipart\/form-data\s*;.*\bboundary=/i.test(contentType ?? '')

/** No Origin is a script or an old browser, which carries no one else's cookies; `null` is a sandbox. */
const sameOrigin = (origin, host) => {
  if (origin === undefined) return true
  try {
    return origin !== 'null' && new URL(origin).host === host
  } catch {
    return false
  }
}

/**
 * One request's refusal, or null to pass it on. `host` is the host the visitor addressed (from
 * our proxy's X-Forwarded-Host, else Host): a post from a page on another origin is refused, as
 * Next would, but with a 403 instead of its 500.
 */
export const checkRequest = ({ method, url, headers, host }) => {
  if (typeof url !== 'string' || !url.startsWith('/')) return 'badRequest'
  const pathname = url.split(/[?#]/)[0]
  if (!decodes(pathname)) return 'badRequest'

  if (!isReadableRouterState(headers['next-router-state-tree'])) return 'badRequest'
  // A multipart body without a boundary cannot be parsed by anyone.
  if (/^multipart\//i.test(headers['content-type'] ?? '') && !/\bboundary=/i.test(headers['content-type'])) return 'badRequest'

  const declared = headers['content-length']
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) return 'tooLarge'

  const hasBody = declared !== undefined || headers['transfer-encoding'] !== undefined
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null
  if (isPayload(pathname)) {
    // Payload checks the origin of its REST calls itself; the admin's server functions are Next
    // server actions, and get the same origin check as the form.
    return headers['next-action'] && !sameOrigin(headers.origin, host) ? 'forbidden' : null
  }
  // Every other request that changes something is the inquiry form's server action.
  if (!sameOrigin(headers.origin, host)) return 'forbidden'
  // Public pages take one kind of post: the inquiry form, always multipart, never empty.
  if (!isMultipart(headers['content-type']) || !hasBody || declared === '0') return 'badRequest'
  return null
}
