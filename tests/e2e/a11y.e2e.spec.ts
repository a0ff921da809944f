import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { pageTypes } from './fixtures'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

for (const locale of locales) {
  for (const { name, path } of pageTypes(locale)) {
    test(`${name} (${locale}) has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(`/${locale}${path}`)
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      expect(summary).toEqual([])
    })
  }
  test(`the 404 page (${locale}) has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(`/${locale}/no-such-page`)
    // Next sends 404s under a [locale] root layout as a bare shell that the browser fills in
    // (vercel/next.js#59180); check the page once it has its language.
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
  })
}
