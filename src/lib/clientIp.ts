/**
 * The visitor's address for per-client limits. Behind a reverse proxy, the last X-Forwarded-For
 * entry is the one our own proxy appended (earlier entries are whatever the client claimed);
 * `next start` on its own fills the header from the socket when the client sent none. Deploy
 * behind a proxy that appends to X-Forwarded-For, or a client could pick its own address.
 */
export const clientIp = (headers: Headers): string => {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1)
  return last || headers.get('x-real-ip') || 'unknown'
}
