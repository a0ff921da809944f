import { expect, test, type APIRequestContext } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { ADMIN, E2E_URL } from './env'
import { message, pageTypes } from './fixtures'

const sitemapUrls = async (request: APIRequestContext) => {
  const res = await request.get('/sitemap.xml')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toContain('xml')
  const xml = await res.text()
  return { xml, urls: [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]) }
}

test('robots.txt keeps crawlers out of the CMS, the API, draft routes and short links, and names the sitemap', async ({ request }) => {
  const res = await request.get('/robots.txt')
  expect(res.status()).toBe(200)
  const robots = await res.text()
  for (const path of ['/admin', '/api/', '/next/', '/r/']) expect(robots).toContain(`Disallow: ${path}`)
  expect(robots).toContain(`Sitemap: ${E2E_URL}/sitemap.xml`)
})

test('sitemap.xml lists every page type in every locale, with its language alternates and x-default', async ({ request }) => {
  const { xml, urls } = await sitemapUrls(request)
  for (const locale of locales) {
    for (const page of pageTypes(locale).filter((type) => type.name !== 'search')) {
      expect(urls, `${page.name} in ${locale}`).toContain(`${E2E_URL}/${locale}${page.path}`)
    }
  }
  const hospital = pageTypes('en').find((type) => type.name === 'hospital')!.path
  for (const locale of locales) expect(xml).toContain(`hreflang="${locale}" href="${E2E_URL}/${locale}${hospital}"`)
  expect(xml).toContain(`hreflang="x-default" href="${E2E_URL}/en${hospital}"`)
  // Nothing listed is missing or a redirect: a crawler reading the sitemap finds only real pages.
  const statuses = await Promise.all(urls.map(async (url) => [url, (await request.get(url, { maxRedirects: 0 })).status()] as const))
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([])
})

test('a hospital published after the build is in the sitemap, and leaves it when deleted', async ({ request }) => {
  const login = await request.post('/api/users/login', { data: ADMIN })
  const headers = { authorization: `JWT ${(await login.json()).token as string}` }
  const slug = `sitemap-check-${Date.now()}`
  const data = { name: 'Sitemap check hospital', slug, city: 'Tianjin', kind: 'specialty', summary: 'A hospital made by a test.', _status: 'published' }
  const created = await request.post('/api/hospitals', { headers, data })
  expect(created.status()).toBe(201)
  const url = `${E2E_URL}/ru/hospitals/${slug}`
  await expect.poll(async () => (await sitemapUrls(request)).urls, { timeout: 20_000 }).toContain(url)
  expect((await request.delete(`/api/hospitals/${(await created.json()).doc.id}`, { headers })).status()).toBe(200)
  await expect.poll(async () => (await sitemapUrls(request)).urls, { timeout: 20_000 }).not.toContain(url)
})

test('favicon, touch icon and web manifest are served, and every manifest icon exists', async ({ request, page }) => {
  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect((await favicon.body()).readUInt16LE(2)).toBe(1) // an ICO file, not an HTML 404
  await page.goto('/en')
  const links = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').evaluateAll((els) =>
    els.map((el) => (el as HTMLLinkElement).href),
  )
  expect(links.length).toBeGreaterThanOrEqual(3)
  for (const href of links) expect((await request.get(href)).status(), href).toBe(200)
  const manifest = await (await request.get('/manifest.webmanifest')).json()
  expect(manifest.icons.length).toBeGreaterThan(0)
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const res = await request.get(icon.src)
    expect(res.status(), icon.src).toBe(200)
    expect(res.headers()['content-type']).toBe(icon.type)
  }
})

for (const locale of locales) {
  test(`every menu item is in view on a 360 px phone, without scrolling the menu (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto(`/${locale}`)
    const nav = page.getByRole('navigation', { name: message(locale, 'common.nav.label') })
    for (const key of ['hospitals', 'therapies', 'stories', 'search', 'contact']) {
      const link = nav.getByRole('link', { name: message(locale, `common.nav.${key}`), exact: true })
      await expect(link).toBeInViewport({ ratio: 1 })
    }
    const overflow = await nav.locator('ul').evaluate((list) => list.scrollWidth - list.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await context.close()
  })
}
