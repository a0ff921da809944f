/**
 * The one home of the portal's security headers, read by next.config.ts (headers()), which applies
 * them to every response Next sends: prerendered and ISR pages, 404s, redirects from the proxy and
 * from route handlers, server-action answers, Payload's admin and REST API, link-preview images.
 *
 * The values cannot depend on the environment: next.config's headers() is evaluated at build time
 * (the Docker image is built without PUBLIC_SERVER_URL), so nothing here reads process.env.
 *
 * Content-Security-Policy without a nonce: public pages are prerendered (and ISR), and a per-request
 * nonce would make every page render per request. Next's own inline scripts (the RSC payload,
 * `self.__next_f.push(...)`) differ per page and per render, so they cannot be listed by hash in a
 * static header either; scripts are therefore limited to our own origin plus inline, with every
 * other way in shut (no plugins, no foreign base URL, forms post only to us, no framing by other
 * sites). docs/architecture.md ("Security headers") has the trade-off.
 *
 * Plain JavaScript, so the front server's own refusal pages (src/server/refusals.mjs) carry the
 * same headers.
 */

/** @typedef {{ key: string, value: string }} Header */

/** @param {Record<string, string>} directives */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`.trim())
    .join('; ')

/** Pages (public and admin): everything from our own origin, framed only by our own origin. */
export const documentCsp = policy({
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline'",
  // The stylesheet is inlined (experimental.inlineCss) and Payload's admin sets style attributes.
  'style-src': "'self' 'unsafe-inline'",
  // data: and blob: for the admin's upload previews and icons.
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'media-src': "'self' blob:",
  // The admin's Live Preview frames our own public pages.
  'frame-src': "'self'",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
})

/**
 * API answers (JSON, uploaded files) are data, never a document: if a file were ever opened as a
 * page it runs nothing, loads nothing and cannot be framed.
 */
export const apiCsp = policy({ 'default-src': "'none'", 'frame-ancestors': "'none'", sandbox: '' })

/** @type {Header[]} */
const common = [
  // Browsers ignore HSTS received over plain http (RFC 6797 §8.1), so it is sent always: a
  // deployment behind TLS is covered even if PUBLIC_SERVER_URL was left at http. No
  // includeSubDomains: other hosts of the same domain are not ours to force onto https.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** Public pages and the admin: the Live Preview frames our own pages, nothing else may frame any. */
/** @type {Header[]} */
export const documentHeaders = [
  ...common,
  { key: 'Content-Security-Policy', value: documentCsp },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  // Other sites learn only our origin, not which hospital or story a patient was reading.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/** @type {Header[]} */
export const apiHeaders = [
  ...common,
  { key: 'Content-Security-Policy', value: apiCsp },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]

/**
 * The set a path gets (the same split as the rules below). The front server puts it on every
 * response before Next answers (src/server/edge.mjs), so what Next writes without applying its
 * headers() rules, such as its trailing-slash redirect, is not sent bare.
 */
export const headersForPath = (url) => (/^\/api(\/|$|\?)/.test(url) ? apiHeaders : documentHeaders)

/** next.config headers() rules: each path gets exactly one of the two sets. */
export const securityHeaderRules = [
  { source: '/api/:path*', headers: apiHeaders },
  { source: '/((?!api/|api$).*)', headers: documentHeaders },
]

/**
 * The front server's refusal pages (413, 400, 429, 503, …): a page with one inline stylesheet and
 * a link, so it may load nothing, run nothing and be framed by nobody.
 */
export const refusalHeaders = Object.fromEntries(
  [
    ...common,
    { key: 'Content-Security-Policy', value: policy({ 'default-src': "'none'", 'style-src': "'unsafe-inline'", 'base-uri': "'none'", 'form-action': "'self'", 'frame-ancestors': "'none'" }) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  ].map(({ key, value }) => [key.toLowerCase(), value]),
)
