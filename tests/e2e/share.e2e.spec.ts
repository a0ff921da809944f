import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'
import jsQR from 'jsqr'
import sharp from 'sharp'

import { locales } from '@/i18n/locales'
import { REFERRAL_COOKIE } from '@/lib/referral'
import { ADMIN, E2E_URL } from './env'
import { message, seed } from './fixtures'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']
const run = Date.now().toString(36)

const login = async (request: APIRequestContext, who: { email: string; password: string }) => {
  const res = await request.post('/api/users/login', { data: who })
  expect(res.ok()).toBe(true)
  return { authorization: `JWT ${(await res.json()).token as string}` }
}

/** Reads a QR code off the page as a phone camera would: a picture of it, decoded. */
const decodeQr = async (png: Buffer) => {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
}

for (const locale of locales) {
  test(`the share panel on a story page works in ${locale}: app links, copyable URL, QR code to the page, accessible`, async ({ page }) => {
    const path = `/${locale}/stories/${seed.story.slug}`
    await page.goto(path)
    const panel = page.locator('section.share')
    await expect(panel.locator('h2')).toHaveText(message(locale, 'share.title'))
    // Nothing pushes the phone-sized page sideways (WCAG 1.4.10 reflow), the inquiry form included.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
    const pageUrl = `${E2E_URL}${path}`
    const hrefs = Object.fromEntries(await panel.locator('a[data-network]').evaluateAll((links) => links.map((a) => [a.getAttribute('data-network'), a.getAttribute('href')])))
    expect(Object.keys(hrefs)).toEqual(['WhatsApp', 'Telegram', 'Facebook', 'X'])
    for (const href of Object.values(hrefs) as string[]) expect(decodeURIComponent(href)).toContain(pageUrl)
    expect(decodeURIComponent(hrefs.WhatsApp)).toContain(seed.story.title[locale])
    await expect(panel.locator('#share-url')).toHaveValue(pageUrl)
    await expect(panel.getByRole('button', { name: message(locale, 'share.copy') })).toBeVisible()

    await panel.locator('summary').click()
    // An image fetched only once the panel is open (not 2 KB of SVG in every page's HTML).
    const qr = panel.locator('.qr img')
    await expect(qr).toBeVisible()
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0)
    expect(await decodeQr(await qr.screenshot())).toBe(pageUrl)
    const { violations } = await new AxeBuilder({ page }).include('section.share').withTags(WCAG_22_AA).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
  })
}

test('the share panel is on therapy and hospital pages too, right-to-left in Arabic', async ({ page }) => {
  for (const path of [`/ar/therapies/${seed.therapy.slug}`, `/ar/hospitals/${seed.hospital.slug}`]) {
    await page.goto(path)
    await expect(page.locator('section.share h2')).toHaveText(message('ar', 'share.title'))
    expect(await page.locator('section.share').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
  }
})

test("an agent's short link: the admin shows a QR code of it; a visit is counted once, lands on the localized page, and the inquiry that follows is the agent's", async ({ page, request }) => {
  const admin = await login(request, ADMIN)
  const agent = { email: `share-agent-${run}@e2e.example`, password: 'e2e-agent-password-123' }
  const created = await request.post('/api/users', { headers: admin, data: { ...agent, roles: ['agent'] } })
  expect(created.status()).toBe(201)
  const agentDoc = (await created.json()).doc as { id: number; referralCode: string }
  const agentHeaders = await login(request, agent)
  const story = (await (await request.get(`/api/stories?where[slug][equals]=${seed.story.slug}&depth=0`)).json()).docs[0] as { id: number }
  const made = await request.post('/api/agent-links', { headers: agentHeaders, data: { target: { relationTo: 'stories', value: story.id }, locale: 'ru' } })
  expect(made.status()).toBe(201)
  const link = (await made.json()).doc as { id: number; code: string }
  const shortUrl = `${E2E_URL}/r/${link.code}`

  // The agent's admin view of the link: the short URL and a QR code that decodes to it.
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(agent.email)
  await page.locator('input[name="password"]').fill(agent.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin(?!\/login)/)
  await page.goto(`/admin/collections/agent-links/${link.id}`)
  await expect(page.getByTestId('short-link')).toHaveText(shortUrl)
  expect(await decodeQr(await page.getByTestId('short-link-qr').locator('svg').screenshot())).toBe(shortUrl)
  await page.context().clearCookies()

  // A patient opens it twice: one visit, the Russian story page, the agent remembered.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '198.51.100.201' })
  await page.goto(shortUrl)
  await expect(page).toHaveURL(`${E2E_URL}/ru/stories/${seed.story.slug}`)
  await expect(page.locator('h1')).toHaveText(seed.story.title.ru)
  await page.goto(shortUrl)
  const cookies = await page.context().cookies()
  expect(cookies.find((c) => c.name === REFERRAL_COOKIE)?.value).toBe(agentDoc.referralCode)
  const visits = await request.get(`/api/link-visits?where[link][equals]=${link.id}`, { headers: agentHeaders })
  expect((await visits.json()).totalDocs).toBe(1)

  // The inquiry form on that very page.
  const email = `via-link-${run}@patient.test`
  await page.locator('#inq-name').fill('Алия')
  await page.locator('#inq-email').fill(email)
  await page.locator('#inq-diagnosis').fill('ОЛЛ')
  await page.locator('#inq-consent').check()
  await page.locator('#inq-transferConsent').check()
  await page.getByRole('button', { name: message('ru', 'inquiry.submit') }).click()
  await page.waitForURL(/\/ru\/contact\/sent\?ref=CC-/)
  const inquiry = (await (await request.get(`/api/inquiries?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: admin })).json()).docs[0]
  expect(inquiry.agent).toBe(agentDoc.id)
  expect(inquiry.sourcePage).toBe(`/ru/stories/${seed.story.slug}`)
  // The agent sees its reference, status, dates and the initials: not the name, contact or illness.
  const theirs = (await (await request.get('/api/inquiries?depth=0', { headers: agentHeaders })).json()).docs as Record<string, unknown>[]
  const seen = theirs.find((doc) => doc.id === inquiry.id)
  expect(seen).toMatchObject({ status: 'new', initials: 'А.', reference: inquiry.reference })
  expect([seen?.email, seen?.name, seen?.diagnosis, seen?.sourcePage]).toEqual([undefined, undefined, undefined, undefined])
  expect((await (await request.get(`/api/link-visits?where[link][equals]=${link.id}`, { headers: agentHeaders })).json()).totalDocs).toBe(1)
})

test('an unknown short code goes to the home page, not an error', async ({ page }) => {
  const res = await page.goto('/r/ZZZZZZZ')
  expect(res?.status()).toBe(200)
  await expect(page).toHaveURL(/\/(en|zh|ru|ar)$/)
})
