import { createHash } from 'node:crypto'

import { expect, test } from '@playwright/test'
import ogs from 'open-graph-scraper'
import sharp from 'sharp'

import { locales } from '@/i18n/locales'
import { OG_LOCALES } from '@/lib/og/ogLocale'
import { E2E_URL } from './env'
import { message, pageTypes } from './fixtures'

// What chat apps send when a link is pasted. Each must get the tags in <head>: they run no
// JavaScript, and read only the start of the page.
const CRAWLERS = {
  WhatsApp: 'WhatsApp/2.24.6.77 A',
  Telegram: 'TelegramBot (like TwitterBot)',
  Facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  X: 'Twitterbot/1.0',
  WeChat: 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47',
}
// WhatsApp drops images over 300 KB; Facebook reads the first 1 MB of HTML, the strictest a few KB.
const MAX_IMAGE_BYTES = 300 * 1024
const EARLY_BYTES = 32 * 1024

const LISTS: Record<string, string> = { home: 'home', hospitals: 'hospitals', therapies: 'therapies', stories: 'stories', search: 'search', contact: 'contact', privacy: 'privacy' }

const metaContents = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)"`, 'g'))].map((m) => m[1])

for (const locale of locales) {
  test.describe(`link previews in ${locale}`, () => {
    for (const [index, page] of pageTypes(locale).entries()) {
      // Each page type is fetched as a different app, so every app is tried on static and dynamic pages.
      const [app, userAgent] = Object.entries(CRAWLERS)[(index + locales.indexOf(locale)) % Object.keys(CRAWLERS).length]!
      test(`${page.name} as seen by ${app}`, async ({ request }) => {
        const res = await request.get(`/${locale}${page.path}`, { headers: { 'User-Agent': userAgent } })
        expect(res.status()).toBe(200)
        const html = await res.text()
        const head = html.slice(0, html.indexOf('</head>'))

        const { result } = await ogs({ html })
        expect(result.ogTitle).toBeTruthy()
        expect(result.ogDescription).toBeTruthy()
        // Detail pages are titled by their content, the others by their messages.
        expect(result.ogTitle).toContain(page.text ? page.h1 : message(locale, `${LISTS[page.name]!}.metaTitle`))
        if (page.text) expect(result.ogDescription).toBe(page.text)
        expect(result.ogLocale).toBe(OG_LOCALES[locale])
        expect(result.twitterCard).toBe('summary_large_image')
        expect(result.ogSiteName).toBeTruthy()
        expect(result.ogType).toBe(page.name === 'story' ? 'article' : 'website')

        // Everything a preview needs is in <head>, near its start, and absolute.
        for (const property of ['og:title', 'og:description', 'og:image', 'og:locale', 'og:url']) {
          const at = html.indexOf(`<meta property="${property}"`)
          expect(at, property).toBeGreaterThan(0)
          expect(at, property).toBeLessThan(Math.min(head.length, EARLY_BYTES))
        }
        expect(metaContents(head, 'og:locale:alternate').sort()).toEqual(locales.filter((l) => l !== locale).map((l) => OG_LOCALES[l]).sort())
        expect(metaContents(head, 'og:url')).toEqual([`${E2E_URL}/${locale}${page.path.split('?')[0]}`])
        expect(head).toContain(`<link rel="canonical" href="${E2E_URL}/${locale}${page.path.split('?')[0]}"`)
        for (const other of locales) expect(head).toContain(`hrefLang="${other}"`)

        // One card per page and locale: 1200x630, small enough for WhatsApp.
        const image = result.ogImage?.[0]
        expect(image?.url).toMatch(new RegExp(`^${E2E_URL}/${locale}/og${page.path.split('?')[0]}\\?v=[0-9a-f]{10}$`))
        expect(metaContents(head, 'og:image:width')).toEqual(['1200'])
        expect(metaContents(head, 'og:image:height')).toEqual(['630'])
        expect(metaContents(head, 'og:image:alt')[0]).toBeTruthy()
        expect(head).toContain(`<meta name="twitter:image" content="${image?.url}"`)
        const card = await request.get(image!.url, { headers: { 'User-Agent': userAgent } })
        expect(card.status()).toBe(200)
        expect(card.headers()['content-type']).toBe('image/jpeg')
        const bytes = await card.body()
        expect(bytes.length).toBeLessThan(MAX_IMAGE_BYTES)
        const { width, height, format } = await sharp(bytes).metadata()
        expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'jpeg' })
      })
    }
  })
}

test('each page has its own card in each language', async ({ request }) => {
  const hashes = new Set<string>()
  const paths = ['', '/hospitals', ...pageTypes('en').filter((page) => page.text).map((page) => page.path)]
  for (const locale of locales) {
    for (const path of paths) {
      const card = await request.get(`/${locale}/og${path}`)
      expect(card.status()).toBe(200)
      hashes.add(createHash('sha256').update(await card.body()).digest('hex'))
    }
  }
  expect(hashes.size).toBe(locales.length * paths.length)
})

test('a path that is no page has no card', async ({ request }) => {
  expect((await request.get('/en/og/hospitals/no-such-hospital')).status()).toBe(404)
  expect((await request.get('/en/og/nowhere')).status()).toBe(404)
})
