import { expect, test } from '@playwright/test'

import { locales, textDirection } from '@/i18n/locales'
import { sources } from '@/seed/data/sources'
import { message, pageTypes, seed } from './fixtures'

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

// Evidence (issue 11): citations instead of file paths, trial status up front, and what the page
// says when no source gives a price. Expected text comes from the seed data and messages files.
const sourceOf = (slug: string) => sources.find((s) => s.slug === slug)!

for (const locale of locales) {
  test.describe(`evidence in ${locale}`, () => {
    test('CAR-T shows, before anything else, that it is given in clinical trials, with registry, ID and phase "not stated"', async ({ page }) => {
      await page.goto(`/${locale}/therapies/${seed.therapy.slug}`)
      const status = page.getByTestId('therapy-status')
      await expect(status.getByRole('heading', { level: 2 })).toHaveText(message(locale, 'evidence.statusHeadingTherapy'))
      // Prominent: the first section after the summary, above "How it works".
      const headings = await page.locator('main h2').allTextContents()
      expect(headings[0]).toBe(message(locale, 'evidence.statusHeadingTherapy'))
      const tags = status.getByTestId('therapy-status-tag')
      await expect(tags).toHaveCount(seed.therapy.offeredAt.length)
      for (const tag of await tags.all()) await expect(tag).toHaveText(message(locale, 'evidence.status.clinicalTrial'))
      await expect(status.getByTestId('trial-details').first()).toContainText(`${message(locale, 'evidence.trialPhase')}${message(locale, 'evidence.punctuation.colon')}${message(locale, 'evidence.phase.notStated')}`)
      await expect(status).toContainText(sourceOf('hospital-faq-car-t-bmt').publisher[locale])
      await expect(status).toContainText(message(locale, 'evidence.kind.faq'))
      await expect(page.locator('main')).not.toContainText(/source-documents|\.txt/)
    })

    test('a hospital page cites each figure and fact by title, kind and "undated", with details "not stated"', async ({ page }) => {
      await page.goto(`/${locale}/hospitals/${seed.hospital.slug}`)
      const profile = sourceOf('ihcams-profile')
      const outcomes = page.getByTestId('outcome')
      await expect(outcomes).toHaveCount(seed.hospital.outcomes!.length)
      for (const outcome of await outcomes.all()) {
        await expect(outcome.locator('.citation')).toContainText(profile.title[locale])
        await expect(outcome.locator('.citation')).toContainText(message(locale, 'evidence.undated'))
        await expect(outcome).toContainText(message(locale, 'evidence.period'))
      }
      const threeYear = seed.hospital.outcomes!.find((o) => o.timePoint.stated === 'given')!
      if (threeYear.timePoint.stated === 'given') await expect(page.locator('main')).toContainText(threeYear.timePoint.text[locale])
      await expect(outcomes.first()).toContainText(message(locale, 'evidence.notStated'))
      await expect(page.locator('main')).not.toContainText(/source-documents|\.txt/)
      // The beds, founding year and patient count carry their source too.
      await expect(page.locator('.citation').first()).toContainText(message(locale, 'evidence.factsSource'))
      // Therapies here are listed with their footing and the source linking them.
      const status = page.getByTestId('therapy-status')
      await expect(status).toContainText(message(locale, 'evidence.status.standardCare'))
      await expect(status).toContainText(seed.therapies.find((t) => t.slug === 'allogeneic-stem-cell-transplant')!.name[locale])
    })

    test('a range stays a range, and no source gives a price so the page says so and links the form', async ({ page }) => {
      await page.goto(`/${locale}/therapies/allogeneic-stem-cell-transplant`)
      const n = new Intl.NumberFormat(locale)
      await expect(page.getByTestId('outcome').filter({ hasText: `${n.format(60)}` }).first()).toContainText(n.format(70))
      const costs = page.getByTestId('costs')
      await expect(costs.getByTestId('no-price')).toHaveText(message(locale, 'evidence.noPrice'))
      const ask = costs.getByRole('link', { name: message(locale, 'evidence.askQuote') })
      await expect(ask).toHaveAttribute('href', '#ask')
      await expect(page.locator('#ask form')).toBeVisible()
    })
  })
}
