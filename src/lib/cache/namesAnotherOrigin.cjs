// Pages and the sitemap name the portal's public address (canonical, hreflang, Open Graph,
// JSON-LD, share links). They are rendered at build time and kept, so an image built with one
// PUBLIC_SERVER_URL (or none: http://localhost:3000) and started with another would serve the
// build's address until each page was regenerated. An entry whose canonical URL (or sitemap
// <loc>, robots.txt Sitemap line) names another origin is treated as missing, so the page renders
// again, for this address, on its next request, and is stored.
const PATTERNS = [/<link rel="canonical" href="(https?:\/\/[^/"]+)/, /<loc>(https?:\/\/[^/<]+)/, /^Sitemap: (https?:\/\/[^/\s]+)/m]

/** True when a cached page or route body was made for an origin other than `origin`. */
const namesAnotherOrigin = (value, origin) => {
  if (!value) return false
  let text
  if (value.kind === 'APP_PAGE' || value.kind === 'PAGES') text = typeof value.html === 'string' ? value.html : value.html?.toString?.()
  else if (value.kind === 'APP_ROUTE') {
    const type = String(value.headers?.['content-type'] ?? '')
    if (/xml|text\/plain/.test(type) && value.body) text = value.body.toString('utf8')
  }
  if (typeof text !== 'string') return false
  for (const pattern of PATTERNS) {
    const found = pattern.exec(text)
    if (found) return found[1] !== origin
  }
  return false
}

module.exports = { namesAnotherOrigin }
