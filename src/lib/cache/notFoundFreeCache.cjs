// Next's own file-system cache (pages, route handlers, data), except that a 404 is stored only
// when it replaces a page that existed (an unpublished hospital): a request for a path that never
// was a page costs no disk. Without this, every made-up slug under a route with
// generateStaticParams (/en/hospitals/<anything>, /ru/og/stories/<anything>) left ~100 KB of 404
// page in .next/server/app, never pruned. Content published after the build still renders on its
// first request and is stored then, as before. And an entry made for another public address
// (built with another PUBLIC_SERVER_URL) counts as missing: src/lib/cache/namesAnotherOrigin.cjs.
//
// Plain CommonJS: Next loads `cacheHandler` at run time, outside its bundler. It extends Next's
// default handler (an internal module; re-check on Next upgrades, the e2e test
// tests/e2e/unknown-slugs.e2e.spec.ts fails if this stops working).
// https://nextjs.org/docs/app/api-reference/config/next-config-js/incrementalCacheHandlerPath
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default

const { serverOrigin } = require('../serverOrigin.cjs')
const { namesAnotherOrigin } = require('./namesAnotherOrigin.cjs')

const ORIGIN = serverOrigin()

const NOT_FOUND = 404
const ROUTE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])

class NotFoundFreeCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    return entry && namesAnotherOrigin(entry.value, ORIGIN) ? null : entry
  }

  async set(key, data, ctx) {
    if (data && ROUTE_KINDS.has(data.kind) && data.status === NOT_FOUND) {
      const existing = await super.get(key, { kind: data.kind, isFallback: false, isRoutePPREnabled: Boolean(ctx?.isRoutePPREnabled) }).catch(() => null)
      if (!existing) return
    }
    return super.set(key, data, ctx)
  }
}

module.exports = NotFoundFreeCache
