import { createRequire } from 'node:module'

import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher'
import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { config } from '@/proxy'

// The proxy's matcher read the way Next reads it (its own parser and route matcher), so these
// say which requests pay for the proxy in the built server too. Next's types leave the parser out.
type Matchers = Parameters<typeof getMiddlewareRouteMatcher>[0]
const { getMiddlewareMatchers } = createRequire(import.meta.url)('next/dist/build/analysis/get-page-static-info') as {
  getMiddlewareMatchers: (matcher: typeof config.matcher, nextConfig: object) => Matchers
}
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}))
const runs = (url: string, headers: Record<string, string> = {}) => {
  const { pathname, searchParams } = new URL(url, 'http://portal.test')
  return matches(pathname, { headers } as unknown as Parameters<typeof matches>[1], Object.fromEntries(searchParams))
}

describe('the proxy runs only where it has work (not on plain page views)', () => {
  it('skips a page view in the browser language, with or without the language cookie', () => {
    for (const locale of locales) {
      expect(runs(`/${locale}/stories/some-story`, { 'accept-language': `${locale}-XX,${locale};q=0.9` })).toBe(false)
      expect(runs(`/${locale}`, { 'accept-language': locale, cookie: `NEXT_LOCALE=${locale}` })).toBe(false)
      expect(runs(`/${locale}/hospitals`, { 'accept-language': 'fr', cookie: `NEXT_LOCALE=${locale}` })).toBe(false)
    }
    // No browser language is English (next-intl's default) and needs no cookie.
    expect(runs('/en/therapies')).toBe(false)
  })

  it('runs where next-intl sets or updates the language cookie', () => {
    for (const locale of locales.filter((l) => l !== 'en')) expect(runs(`/${locale}/therapies`)).toBe(true)
    expect(runs('/zh', { 'accept-language': 'en-US,en;q=0.9' })).toBe(true)
    expect(runs('/ru/hospitals', { 'accept-language': 'ru', cookie: 'NEXT_LOCALE=ar' })).toBe(true)
  })

  it('runs on every form post, ?ref= link and path outside a locale', () => {
    const reader = { 'accept-language': 'en', cookie: 'NEXT_LOCALE=en' }
    expect(runs('/en/contact', { ...reader, 'content-type': 'multipart/form-data; boundary=x' })).toBe(true)
    // Any body at all, whatever its type claims: Next's own test for a form post is not ours to guess.
    expect(runs('/en/contact', { ...reader, 'content-type': 'MULTIPART/form-data' })).toBe(true)
    expect(runs('/en/therapies/car-t', { ...reader, 'next-action': 'abc' })).toBe(true)
    expect(runs('/en/stories?ref=ABCD2345', reader)).toBe(true)
    for (const path of ['/', '/hospitals', '/EN/hospitals', '/english']) expect(runs(path, reader)).toBe(true)
  })

  it('leaves the admin, the API, short links, previews and files alone', () => {
    for (const path of ['/admin', '/api/health', '/r/ABCD2345', '/next/preview', '/favicon.ico', '/_next/static/x.js']) {
      expect(runs(path, { 'content-type': 'text/plain', 'next-action': 'x' })).toBe(false)
    }
  })

  it('names every locale of src/i18n/locales.ts (the matcher must be written out literally)', () => {
    const sources = config.matcher.map((m) => m.source).join(' ')
    for (const locale of locales) expect(sources).toContain(`/${locale}/:path*`)
    expect(config.matcher[0]!.source).toContain(`(?:${locales.join('|')})`)
  })
})
