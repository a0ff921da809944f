import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { loginAsAdmin } from './session'
import { message, seed } from './fixtures'

test.describe.configure({ mode: 'serial' })

let admin: Record<string, string>

test.beforeAll(async ({ request }) => {
  admin = await loginAsAdmin(request)
})

// The sources give no prices, so the cost and the rates are made here.
test('a cost shows in its source currency with its date and source, then in the visitor\'s currency with the rate and its date', async ({ request }) => {
  const current = await (await request.get('/api/globals/site-settings?locale=en&depth=0', { headers: admin })).json()
  const rates = { asOf: '2026-11-01T00:00:00.000Z', source: 'Test rates', eur: 0.9, rub: 90, aed: 3.6725, cny: 7.2 }
  expect((await request.post('/api/globals/site-settings?locale=en', { headers: admin, data: { exchangeRates: rates, contact: current.contact } })).ok()).toBe(true)
  const { docs } = await (await request.get(`/api/therapies?where[slug][equals]=${seed.therapy.slug}&depth=0`, { headers: admin })).json()
  const cost = { min: 100_000, max: 150_000, currency: 'CNY', asOf: '2026-10-01T00:00:00.000Z', source: 'Test quote', includes: 'Cell collection and infusion' }
  const patched = await request.patch(`/api/therapies/${docs[0].id}?locale=en`, { headers: admin, data: { cost, _status: 'published' } })
  expect(patched.ok(), await patched.text()).toBe(true)

  const path = `/ru/therapies/${seed.therapy.slug}`
  await expect.poll(async () => (await (await request.get(path)).text()).includes('data-testid="cost-original"'), { timeout: 15_000 }).toBe(true)
  const html = await (await request.get(path)).text()
  const money = (n: number, currency: string) => new Intl.NumberFormat('ru', { style: 'currency', currency, maximumFractionDigits: 0 }).format(n)
  const original = html.match(/data-testid="cost-original"[^>]*>(.*?)<\/p>/s)?.[1] ?? ''
  expect(original).toContain(money(100_000, 'CNY'))
  expect(original).toContain(money(150_000, 'CNY'))
  // Converted after the original, the page language's currency first, with rate and date.
  const converted = html.slice(html.indexOf('data-testid="cost-converted"'))
  expect(html.indexOf('data-testid="cost-converted"')).toBeGreaterThan(html.indexOf('data-testid="cost-original"'))
  const rub = converted.match(/data-currency="RUB"[^>]*>(.*?)<\/li>/s)?.[1] ?? ''
  expect(converted.indexOf('data-currency="RUB"')).toBeLessThan(converted.indexOf('data-currency="USD"'))
  expect(rub).toContain(money(1_250_000, 'RUB'))
  expect(rub).toContain(money(1_875_000, 'RUB'))
  expect(rub).toContain(`1 CNY = ${new Intl.NumberFormat('ru', { maximumSignificantDigits: 4 }).format(12.5)} RUB`)
  expect(rub).toContain(new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(rates.asOf)))
})

for (const locale of locales) {
  test(`${locale}: the travel guide says it is general guidance; a hospital page links to it and to its map`, async ({ page }) => {
    await page.goto(`/${locale}/travel`)
    await expect(page.locator('h1')).toHaveText(message(locale, 'travel.title'))
    await expect(page.getByTestId('travel-guidance')).toHaveText(message(locale, 'travel.guidance'))
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
    await page.goto(`/${locale}/hospitals/${seed.hospital.slug}`)
    const travel = page.getByTestId('hospital-travel')
    await expect(travel.getByRole('link', { name: message(locale, 'travel.hospital.guide') })).toHaveAttribute('href', `/${locale}/travel`)
    await expect(travel.getByTestId('hospital-map')).toHaveAttribute('href', /openstreetmap\.org\/\?mlat=39\.13&mlon=117\.2/)
    await expect(travel).toContainText(message(locale, 'travel.hospital.none'))
  })
}

test('editors own the travel guide: a Russian point changed and checked in the admin API shows in Russian only, and the "not checked" note goes there', async ({ request }) => {
  const before = await (await request.get('/api/globals/travel-guide?locale=ru&depth=0', { headers: admin })).json()
  expect(before.sections.length).toBeGreaterThan(0)
  const sections = structuredClone(before.sections) as { points: { text: string }[] }[]
  const changed = `Проверено редакцией ${Date.now().toString(36)}.`
  sections[0]!.points[0]!.text = changed
  // A visitor cannot change it.
  expect((await request.post('/api/globals/travel-guide?locale=ru', { data: { checked: true } })).status()).toBeGreaterThanOrEqual(400)
  const saved = await request.post('/api/globals/travel-guide?locale=ru', { headers: admin, data: { sections, checked: true } })
  expect(saved.ok(), await saved.text()).toBe(true)
  try {
    await expect.poll(async () => (await (await request.get('/ru/travel')).text()).includes(changed), { timeout: 15_000 }).toBe(true)
    const ru = await (await request.get('/ru/travel')).text()
    expect(ru).not.toContain('data-testid="travel-guidance"')
    const en = await (await request.get('/en/travel')).text()
    expect(en).not.toContain(changed)
    expect(en).toContain('data-testid="travel-guidance"')
  } finally {
    const restored = await request.post('/api/globals/travel-guide?locale=ru', { headers: admin, data: { sections: before.sections, checked: false } })
    expect(restored.ok()).toBe(true)
  }
})
