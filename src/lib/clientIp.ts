/**
 * The visitor's address for per-client limits (the inquiry form, logins). The production server
 * (src/server/index.mjs) decides it from the socket and TRUSTED_PROXIES (src/server/clientAddress.mjs)
 * and overwrites X-Forwarded-For with that one address before Next sees the request, so whatever a
 * client writes there itself is gone by now. Only `next dev`, which that server does not front,
 * passes a client's own header through.
 */
export const clientIp = (headers: Headers): string => {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1)
  return last || 'unknown'
}
