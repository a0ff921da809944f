import { expect, test } from '@playwright/test'

import type { Locale } from '@/i18n/locales'
import { seed } from './fixtures'

const cardTitles = (page: import('@playwright/test').Page) => page.locator('main .card h3')

const expectTitles = async (page: import('@playwright/test').Page, expected: string[]) => {
  await expect(cardTitles(page)).toHaveCount(expected.length)
  expect((await cardTitles(page).allInnerTexts()).map((t) => t.trim()).sort()).toEqual([...expected].sort())
}

for (const locale of ['zh', 'ar'] as const satisfies Locale[]) {
  test.describe(`filters and search in ${locale}`, () => {
    test('hospitals by city', async ({ page }) => {
      const tianjin = seed.hospitals.filter((h) => h.city.en === seed.hospital.city.en)
      await page.goto(`/${locale}/hospitals`)
      await page.locator('select[name="city"]').selectOption({ label: seed.hospital.city[locale] })
      await page.locator('form.filters button[type="submit"]').click()
      await expect(page).toHaveURL(/city=tianjin/)
      await expectTitles(page, tianjin.map((h) => h.name[locale]))
    })

    test('hospitals by therapy', async ({ page }) => {
      // The transplant is linked to named hospitals by its sources (CAR-T, the page's main therapy, is not).
      const therapy = seed.therapies.find((t) => t.slug === 'allogeneic-stem-cell-transplant')!
      const offering = new Set(therapy.offeredAt.flatMap((row) => (row.hospital ? [row.hospital.slug] : [])))
      expect(offering.size).toBeGreaterThan(0)
      await page.goto(`/${locale}/hospitals?therapy=${therapy.slug}`)
      await expectTitles(page, seed.hospitals.filter((h) => offering.has(h.slug)).map((h) => h.name[locale]))
    })

    test('therapies by condition', async ({ page }) => {
      const condition = 'multiple-myeloma'
      const matching = seed.therapies.filter((t) => t.conditions.some((c) => c.slug === condition))
      expect(matching.length).toBeGreaterThan(0)
      await page.goto(`/${locale}/therapies?condition=${condition}`)
      await expectTitles(page, matching.map((t) => t.name[locale]))
    })

    test('search finds documents by their text in this language', async ({ page }) => {
      await page.goto(`/${locale}/search`)
      await page.getByRole('searchbox').fill(seed.hospital.city[locale])
      await page.getByRole('searchbox').press('Enter')
      await expect(page.locator('main')).toContainText(seed.hospital.name[locale])
      await page.goto(`/${locale}/search?q=${encodeURIComponent(seed.story.title[locale])}`)
      await expect(page.locator('main')).toContainText(seed.story.title[locale])
      await expect(page.locator('main')).not.toContainText(seed.hospitals[1]!.name[locale])
    })
  })
}
