import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { englishWords, visibleAdminText } from './adminWalk'
import { E2E_URL } from './env'
import { loginAsAdmin } from './session'

/**
 * The admin in Chinese, Arabic and Russian, screen by screen: the dashboard, every collection's and
 * global's screen listed in the navigation (so collections added later are walked too), the first
 * document of each list (or the create form of an empty one) with each of its tabs, and the
 * account page. Whatever words are left in English (see adminWalk.ts for names and codes) are
 * listed per screen. Content is opened in the admin's language, as a translator would.
 */
// Each test signs in with an admin account of its own: two sign-ins to one account at the same
// moment (the other worker) can lose a session in Payload (see session.ts), and a walk of a
// minute would be sent back to the sign-in page half-way.
let accounts = 0
const signIn = async (page: Page, request: APIRequestContext, language: 'zh' | 'ar' | 'ru') => {
  const who = { email: `admin-language-${Date.now().toString(36)}-${(accounts += 1)}@e2e.example`, password: 'admin-language-password-123' }
  const created = await request.post('/api/users', { headers: await loginAsAdmin(request), data: { ...who, roles: ['admin'], language } })
  expect(created.status(), await created.text()).toBe(201)
  await page.context().addCookies([{ name: 'payload-lng', value: language, url: E2E_URL }])
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(who.email)
  await page.locator('input[name="password"]').fill(who.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
}

// The admin draws its lists and forms after load (form state, list data): a screen is ready once
// its template is there and no loading overlay or shimmer placeholder is left. Waiting for a quiet
// network instead cost up to 5 s a screen (the admin keeps requests going) and the walk its time.
const settle = async (page: Page) => {
  await page.locator('.template-default, .template-minimal').first().waitFor({ timeout: 15_000 })
  await page
    .waitForFunction(() => !document.querySelector('.loading-overlay--entering, .shimmer-effect'), undefined, { timeout: 10_000, polling: 100 })
    .catch(() => undefined)
}

for (const language of ['zh', 'ar', 'ru'] as const) {
  test(`the ${language} admin shows no English on any screen`, async ({ page, request }) => {
    test.setTimeout(300_000)
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, request, language)
    const found: string[] = []
    const wordsNow = async () => new Set(englishWords(await visibleAdminText(page)))
    const scan = async (screen: string) => {
      await settle(page)
      const first = await wordsNow()
      if (!first.size) return
      // A label Payload writes in English and the admin translates as it appears (AdminAriaLabels)
      // can be caught in between: only what is still there a moment later counts.
      await page.waitForTimeout(500)
      const again = await wordsNow()
      const words = [...first].filter((word) => again.has(word))
      if (words.length) found.push(`${screen}: ${words.join(', ')}`)
    }

    await page.locator('nav a[href*="/admin/collections/"]').first().waitFor({ state: 'attached' })
    await scan('dashboard')
    const screens = await page
      .locator('nav a[href*="/admin/collections/"], nav a[href*="/admin/globals/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))])
    expect(screens.length).toBeGreaterThan(5)

    for (const screen of screens) {
      await page.goto(`${screen}?locale=${language}`)
      await scan(screen)
      if (screen.includes('/globals/')) continue
      const first = await page.locator('.table tbody tr a[href*="/admin/collections/"]').first().getAttribute('href', { timeout: 2_000 }).catch(() => null)
      await page.goto(`${first ? new URL(first, E2E_URL).pathname : `${screen}/create`}?locale=${language}`)
      await scan(`${screen} (document)`)
      const tabs = page.locator('.tabs-field__tab-button')
      for (let i = 1; i < (await tabs.count()); i++) {
        await tabs.nth(i).click({ timeout: 10_000 })
        await scan(`${screen} (tab ${i + 1})`)
      }
    }
    await page.goto('/admin/account')
    await scan('account')
    expect(found, 'English left in the admin').toEqual([])
  })
}

test.describe('the Arabic admin', () => {
  test('hospital and therapy edit pages do not scroll sideways, and Russian text is edited left to right', async ({ page, request }) => {
    await signIn(page, request, 'ar')
    for (const collection of ['hospitals', 'therapies']) {
      const id = (await (await request.get(`/api/${collection}?limit=1&depth=0`)).json()).docs[0].id as number
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        await page.goto(`/admin/collections/${collection}/${id}?locale=ar`)
        await settle(page)
        const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)
        expect(overflow, `${collection} at ${width}px`).toBeLessThanOrEqual(1)
      }
    }
    const therapy = (await (await request.get('/api/therapies?limit=1&depth=0')).json()).docs[0].id as number
    // Every text box shown, not one chosen field: the tabs differ as collections grow.
    const directions = () =>
      page.locator('.document-fields :is(input[type="text"], textarea)').evaluateAll((boxes) => [
        ...new Set(boxes.filter((box) => (box as HTMLElement).offsetParent).map((box) => getComputedStyle(box).direction)),
      ])
    for (const [locale, direction] of [['ru', 'ltr'], ['ar', 'rtl'], ['en', 'ltr']] as const) {
      await page.goto(`/admin/collections/therapies/${therapy}?locale=${locale}`)
      await expect(page.locator('#field-name')).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('data-content-dir', direction)
      expect(await directions(), locale).toEqual([direction])
      // The labels around them stay right to left.
      expect((await page.locator('html').getAttribute('dir'))?.toLowerCase()).toBe('rtl')
    }
  })
})

test('dates in the Chinese admin are written the Chinese way', async ({ page, request }) => {
  await signIn(page, request, 'zh')
  await page.goto('/admin/collections/therapies?locale=zh')
  const cell = page.locator('.table tbody tr td.cell-updatedAt').first()
  await expect(cell).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日/)
})
