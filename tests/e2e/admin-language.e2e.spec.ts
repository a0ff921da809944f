import { expect, test, type Page } from '@playwright/test'

import { englishWords, visibleAdminText } from './adminWalk'
import { ADMIN, E2E_URL } from './env'

/**
 * The admin in Chinese and Arabic, screen by screen: the dashboard, every collection's and
 * global's screen listed in the navigation (so collections added later are walked too), the first
 * document of each list (or the create form of an empty one) with each of its tabs, and the
 * account page. Whatever words are left in English (see adminWalk.ts for names and codes) are
 * listed per screen. Content is opened in the admin's language, as a translator would.
 */
const signIn = async (page: Page, language: 'zh' | 'ar') => {
  await page.context().addCookies([{ name: 'payload-lng', value: language, url: E2E_URL }])
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
}

// The admin fetches its form state and list data after load: wait until the network is quiet.
const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined)
}

// NOT DONE: on a busy machine the walk outgrows its 4 minutes (each screen waits for a quiet
// network), and its last complete run, by hand, still found English in Payload's own texts.
// Marked fixme, not passing; issue 14 stays open for it.
for (const language of ['zh', 'ar'] as const) {
  test.fixme(`the ${language} admin shows no English on any screen`, async ({ page }) => {
    test.setTimeout(240_000)
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, language)
    const found: string[] = []
    const scan = async (screen: string) => {
      await settle(page)
      const words = [...new Set(englishWords(await visibleAdminText(page)))]
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
      const first = await page.locator('.table tbody tr a[href*="/admin/collections/"]').first().getAttribute('href').catch(() => null)
      await page.goto(`${first ? new URL(first, E2E_URL).pathname : `${screen}/create`}?locale=${language}`)
      await scan(`${screen} (document)`)
      const tabs = page.locator('.tabs-field__tab-button')
      for (let i = 1; i < (await tabs.count()); i++) {
        await tabs.nth(i).click()
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
    await signIn(page, 'ar')
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

test('dates in the Chinese admin are written the Chinese way', async ({ page }) => {
  await signIn(page, 'zh')
  await page.goto('/admin/collections/therapies?locale=zh')
  const cell = page.locator('.table tbody tr td.cell-updatedAt').first()
  await expect(cell).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日/)
})
