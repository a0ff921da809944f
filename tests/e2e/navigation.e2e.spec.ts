import { expect, test } from '@playwright/test'

import { localeLabels, locales } from '@/i18n/locales'
import { message, seed } from './fixtures'

test('/ sends a visitor to their language from Accept-Language', async ({ browser }) => {
  // Chromium sends Accept-Language from the context's locale.
  const context = await browser.newContext({ locale: 'ru-RU' })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/ru$/)
  await expect(page.locator('h1')).toHaveText(message('ru', 'home.title'))
  await context.close()
})

test('the language switcher keeps the visitor on the same page', async ({ page }) => {
  await page.goto(`/en/therapies/${seed.therapy.slug}`)
  for (const locale of ['zh', 'ar', 'ru', 'en'] as const) {
    await page.getByRole('link', { name: localeLabels[locale], exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/therapies/${seed.therapy.slug}$`))
    await expect(page.locator('h1')).toHaveText(seed.therapy.name[locale])
  }
})

for (const locale of locales) {
  test(`an unknown slug is a translated 404 with a way back (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/therapies/no-such-therapy`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1')).toHaveText(message(locale, 'notFound.title'))
    await page.getByRole('link', { name: message(locale, 'notFound.home') }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}$`))
  })
}

test('an unknown locale is the 404 page, not an error', async ({ page }) => {
  const response = await page.goto('/xx/hospitals')
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText(message('en', 'notFound.title'))
})
