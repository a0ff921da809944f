import { expect, test } from '@playwright/test'

import { ADMIN } from './env'
import { loginAsAdmin } from './session'

// A condition of this test's own, so no other test sees its state change.
const SLUG = 'translation-state-e2e'
const EN = { name: 'Translation check condition', summary: 'The first English summary.' }
const NEW_SUMMARY = 'The English summary, rewritten after translation.'
const T = {
  zh: { name: '翻译检查疾病', summary: '第一版中文摘要。' },
  ru: { name: 'Заболевание для проверки перевода', summary: 'Первое русское описание.' },
  ar: { name: 'حالة لفحص الترجمة', summary: 'الملخص العربي الأول.' },
}

test('an editor finds stale translations from the dashboard, sees old and new source side by side, and marks Russian reviewed', async ({ page, request }) => {
  const headers = await loginAsAdmin(request)
  const old = await request.get(`/api/conditions?where[slug][equals]=${SLUG}&depth=0`, { headers })
  for (const doc of (await old.json()).docs as { id: number }[]) await request.delete(`/api/conditions/${doc.id}`, { headers })
  const created = await request.post('/api/conditions?locale=en', { headers, data: { ...EN, slug: SLUG } })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number
  for (const [locale, text] of Object.entries(T)) expect((await request.patch(`/api/conditions/${id}?locale=${locale}`, { headers, data: text })).status()).toBe(200)
  expect((await request.patch(`/api/conditions/${id}?locale=en`, { headers, data: { summary: NEW_SUMMARY } })).status()).toBe(200)

  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)

  // The dashboard's number is the database's.
  const stale = await (await request.get('/api/conditions?where[translation.ru][equals]=stale&limit=1&depth=0', { headers })).json()
  expect(stale.totalDocs).toBeGreaterThan(0)
  const cell = page.getByTestId('translation-dashboard').locator('tr[data-collection="conditions"] td[data-locale="ru"][data-status="stale"]')
  await expect(cell).toHaveText(String(stale.totalDocs))

  // Its link opens the list filtered to "Russian: stale", with the status column.
  await cell.locator('a').click()
  await page.waitForURL(/translation\.ru/)
  // By slug: the list shows names in the user's last content locale, which other tests change.
  const row = page.locator('tr', { hasText: SLUG })
  await expect(row).toBeVisible()
  await expect(row.locator('[data-translation-status="stale"]').first()).toBeVisible()

  // The edit view in Russian names the field, with the English it was translated from and today's.
  await page.goto(`/admin/collections/conditions/${id}?locale=ru`)
  const field = page.getByTestId('translation-stale-field')
  await expect(field).toHaveCount(1)
  await expect(field).toHaveAttribute('data-field', 'summary')
  await expect(field.getByTestId('source-then')).toHaveText(EN.summary)
  await expect(field.getByTestId('source-now')).toHaveText(NEW_SUMMARY)
  await page.getByTestId('translation-badge').getByRole('button', { name: 'Mark as reviewed' }).click()
  await expect(page.getByTestId('translation-badge').locator('li[data-locale="ru"]')).toHaveAttribute('data-status', 'complete')
  await expect(page.getByTestId('translation-badge').locator('li[data-locale="zh"]')).toHaveAttribute('data-status', 'stale')

  const ru = await (await request.get(`/api/conditions/${id}?locale=ru&fallback-locale=none&depth=0`, { headers })).json()
  expect([ru.translation.ru, ru.summary]).toEqual(['complete', T.ru.summary])

  await page.goto('/admin')
  await request.delete(`/api/conditions/${id}`, { headers })
})

test('a stale Russian travel guide (a global) is on the dashboard, opens in Russian with the English then and now, and is marked reviewed there', async ({ page, request }) => {
  const headers = await loginAsAdmin(request)
  const guide = '/api/globals/travel-guide'
  const lead = ((await (await request.get(`${guide}?locale=en&depth=0`, { headers })).json()) as { lead: string }).lead
  const newLead = `${lead} (rewritten for the translation check)`
  expect((await request.post(`${guide}?locale=en`, { headers, data: { lead: newLead } })).status()).toBe(200)
  try {
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin$/)

    const cell = page.getByTestId('translation-dashboard').locator('tr[data-global="travel-guide"] td[data-locale="ru"][data-status="stale"]')
    await expect(cell).toHaveText('1')
    await cell.locator('a').click()
    await page.waitForURL(/\/admin\/globals\/travel-guide\?locale=ru/)

    const field = page.getByTestId('translation-stale-field')
    await expect(field).toHaveCount(1)
    await expect(field).toHaveAttribute('data-field', 'lead')
    await expect(field.getByTestId('source-then')).toHaveText(lead)
    await expect(field.getByTestId('source-now')).toHaveText(newLead)
    const badge = page.getByTestId('translation-badge')
    const ru = badge.locator('li[data-locale="ru"]')
    // This long form hydrates late: a click before React has attached its handler does nothing, so
    // click again until the state is in (a second review of the same text changes nothing).
    await expect(async () => {
      if ((await ru.getAttribute('data-status')) !== 'complete') await badge.getByRole('button', { name: 'Mark as reviewed' }).click({ timeout: 2_000 })
      await expect(ru).toHaveAttribute('data-status', 'complete', { timeout: 5_000 })
    }).toPass({ timeout: 45_000 })
    await expect(badge.locator('li[data-locale="zh"]')).toHaveAttribute('data-status', 'stale')
  } finally {
    // The English as it was; Russian was reviewed against the other text, so review it again.
    expect((await request.post(`${guide}?locale=en`, { headers, data: { lead } })).status()).toBe(200)
    expect((await request.post(`${guide}/translation-reviewed`, { headers, data: { locale: 'ru' } })).status()).toBe(200)
  }
})
