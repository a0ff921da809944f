import { expect, test } from '@playwright/test'

import { locales, textDirection } from '@/i18n/locales'
import { pageTypes } from './fixtures'

for (const locale of locales) {
  test.describe(`pages in ${locale}`, () => {
    for (const page of pageTypes(locale)) {
      test(`${page.name} shows the seeded ${locale} text`, async ({ page: tab }) => {
        const response = await tab.goto(`/${locale}${page.path}`)
        expect(response?.status()).toBe(200)
        await expect(tab.locator('html')).toHaveAttribute('lang', locale)
        await expect(tab.locator('html')).toHaveAttribute('dir', textDirection(locale))
        await expect(tab.locator('h1')).toHaveText(page.h1)
        if (page.text) await expect(tab.locator('main')).toContainText(page.text)
      })
    }
  })
}
