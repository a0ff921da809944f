import { expect, test, type Page } from '@playwright/test'

import { locales, type Locale } from '@/i18n/locales'
import { ADMIN } from './env'
import { signIn } from './session'

// NK-cell therapy: no other browser test depends on its name, so this file can rename it freely.
const SLUG = 'nk-cell-therapy'
const EDITOR = { email: 'editor@e2e.example', password: 'e2e-editor-password-123' }

const publicTitle = (page: Page, locale: Locale) =>
  expect
    .poll(
      async () => {
        await page.goto(`/${locale}/therapies/${SLUG}`)
        return page.locator('h1').innerText()
      },
      { timeout: 20_000, intervals: [500, 1000, 2000] },
    )

let therapyId: number | string
let editorHeaders: Record<string, string>

test.beforeAll(async ({ request }) => {
  const admin = await signIn(request, ADMIN)
  const created = await request.post('/api/users', { headers: admin, data: { ...EDITOR, roles: ['editor'] } })
  expect(created.status()).toBe(201)
  editorHeaders = await signIn(request, EDITOR)
  const found = await request.get(`/api/therapies?where[slug][equals]=${SLUG}&depth=0`)
  therapyId = (await found.json()).docs[0].id
})

test('an editor publishes a new title in the admin UI and visitors see it, in every locale, without a rebuild', async ({ page, request }) => {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(EDITOR.email)
  await page.locator('input[name="password"]').fill(EDITOR.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)

  for (const locale of ['en', 'ar'] as const) {
    const title = `${locale === 'ar' ? 'العلاج بالخلايا القاتلة' : 'NK cell therapy'} ${Date.now()}`
    await page.goto(`/admin/collections/therapies/${therapyId}?locale=${locale}`)
    await page.locator('#field-name').fill(title)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.locator('.payload-toast-container')).toContainText(/success|published|updated/i)
    await publicTitle(page, locale).toBe(title)
    await page.goto(`/${locale}/therapies`)
    await expect(page.locator('main')).toContainText(title)
  }

  // The two other locales through the REST API, as another editor's tab would.
  for (const locale of ['zh', 'ru'] as const) {
    const title = `${locale === 'zh' ? 'NK 细胞疗法' : 'NK-клеточная терапия'} ${Date.now()}`
    const res = await request.patch(`/api/therapies/${therapyId}?locale=${locale}`, { headers: editorHeaders, data: { name: title, _status: 'published' } })
    expect(res.ok()).toBe(true)
    await publicTitle(page, locale).toBe(title)
  }
})

test('a draft never shows to a visitor', async ({ page, request }) => {
  const before = await (await request.get(`/api/therapies/${therapyId}?locale=en&depth=0`)).json()
  const res = await request.patch(`/api/therapies/${therapyId}?locale=en&draft=true`, {
    headers: editorHeaders,
    data: { name: 'Unpublished draft title', _status: 'draft' },
  })
  expect(res.ok()).toBe(true)
  // Give revalidation every chance to (wrongly) pick the draft up.
  await page.waitForTimeout(2_000)
  for (const locale of locales) {
    await page.goto(`/${locale}/therapies/${SLUG}`)
    await expect(page.locator('main')).not.toContainText('Unpublished draft title')
  }
  await page.goto('/en/therapies/' + SLUG)
  await expect(page.locator('h1')).toHaveText(before.name)
  const api = await (await request.get(`/api/therapies/${therapyId}?locale=en`)).json()
  expect(api.name).toBe(before.name)

  // An editor previewing (draft mode, entered through /next/preview) does see the draft.
  const editor = await page.context().browser()!.newContext()
  const tab = await editor.newPage()
  await tab.goto('/admin/login')
  await tab.locator('input[name="email"]').fill(EDITOR.email)
  await tab.locator('input[name="password"]').fill(EDITOR.password)
  await tab.locator('button[type="submit"]').click()
  await tab.waitForURL(/\/admin$/)
  await tab.goto(`/next/preview?path=${encodeURIComponent(`/en/therapies/${SLUG}`)}`)
  await expect(tab.locator('h1')).toHaveText('Unpublished draft title')
  await editor.close()
  // Without a signed-in editor, the preview door stays shut.
  expect((await request.get(`/next/preview?path=${encodeURIComponent(`/en/therapies/${SLUG}`)}`, { maxRedirects: 0 })).status()).toBe(403)
})
