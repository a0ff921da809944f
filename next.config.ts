import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { securityHeaderRules } from './src/lib/securityHeaders.mjs'
import { MAX_BODY_BYTES } from './src/lib/bodyLimits.mjs'
import { LINK_PREVIEW_BOTS } from './src/lib/bots'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/**
 * Link-preview crawlers read only the start of the HTML and run no JavaScript, so they must get the
 * metadata in <head>, not streamed into <body> (Next 15.2+ streams it on dynamic pages). Setting
 * the option replaces Next's list, so src/lib/bots.ts keeps it and adds the chat apps.
 * https://nextjs.org/docs/app/api-reference/config/next-config-js/htmlLimitedBots
 */
const htmlLimitedBots = LINK_PREVIEW_BOTS

const nextConfig: NextConfig = {
  // The Docker image builds a self-contained server; `next start` (tests, local) needs the default.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Our server compresses (src/server/compression.mjs): a shared page once per content, not once
  // per request as Next's own gzip does.
  compress: false,
  // ...and names shared pages with an ETag from the hash it makes anyway, where Next hashed every
  // page in JavaScript on every request.
  generateEtags: false,
  // Next's cache, minus 404s for paths that never were a page (src/lib/cache/notFoundFreeCache.cjs).
  cacheHandler: path.resolve('src/lib/cache/notFoundFreeCache.cjs'),
  htmlLimitedBots,
  // The link-preview cards draw with font files read at run time, which the tracer cannot see.
  outputFileTracingIncludes: { '/\\[locale\\]/og/\\[\\[\\.\\.\\.path\\]\\]': ['./src/assets/fonts/**/*'] },
  // Not inlineCss: Next puts an inlined stylesheet in every page twice (a <style> and again in the
  // flight data), 23 KB of each page's HTML; as a file it is 3 KB gzipped, fetched once and cached.
  experimental: {
    // The inquiry form posts up to five 10 MB records. The production server (src/server/) refuses
    // a bigger body before Next reads it, with a translated 413; these two are the same ceiling, so
    // no body that got past it is cut short here (an 11 MB file still reaches our own check).
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
    proxyClientMaxBodySize: MAX_BODY_BYTES,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    // Images are Payload's own sizes, served by its REST API on the same origin, as relative URLs.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    // Every width listed here is a srcset entry (~120 bytes of HTML) on every image of a page: a
    // home page has thirteen. Steps of about 1.5x, up to the largest stored size (1600), cost a
    // phone little more than an exact width would.
    deviceSizes: [480, 800, 1200, 1600],
    imageSizes: [160, 320],
  },
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/**
 * withPayload sends `Critical-CH: Sec-CH-Prefers-Color-Scheme` on every path so the admin can pick
 * its theme on first paint. On public pages it makes Chrome retry every first visit (a wasted round
 * trip, about a second on a slow mobile link), so those headers are kept to the admin.
 */
const payloadHeaders = config.headers
export default {
  ...config,
  headers: async () => [
    ...((await payloadHeaders?.()) ?? []).map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule)),
    ...securityHeaderRules,
  ],
} satisfies NextConfig
