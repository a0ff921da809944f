import { expect, test } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { siteSettings } from '@/seed/data/siteSettings'
import { message, seed } from './fixtures'

// What a family reads before deciding: what each story is, the disclaimer where it matters, and a
// privacy notice that names who holds their data and quotes the form's consents word for word.
for (const locale of locales) {
  test(`${locale}: stories say what they are, the disclaimer is shown, the notice matches the form`, async ({ page }) => {
    const illustrative = message(locale, 'stories.kind.illustrative')

    await page.goto(`/${locale}/stories`)
    const cards = page.locator('main .card')
    await expect(cards).toHaveCount(seed.stories.length)
    for (const card of await cards.all()) await expect(card.locator('.tag').first()).toHaveText(illustrative)

    await page.goto(`/${locale}/stories/${seed.story.slug}`)
    await expect(page.getByTestId('story-kind')).toContainText(message(locale, 'stories.illustrativeNote'))
    // No invented words in quotation marks under an invented person's name.
    await expect(page.locator('main blockquote')).toHaveCount(0)
    await expect(page.getByTestId('medical-disclaimer')).toContainText(siteSettings.disclaimer[locale])
    await expect(page.getByTestId('medical-disclaimer')).toContainText(siteSettings.funding[locale])

    await page.goto(`/${locale}/therapies/${seed.therapy.slug}`)
    await expect(page.getByTestId('medical-disclaimer')).toContainText(siteSettings.emergency[locale])
    await expect(page.getByTestId('emergency-note')).toContainText(siteSettings.emergency[locale])

    await page.goto(`/${locale}/contact`)
    const consents = [await page.locator('label[for="inq-consent"]').innerText(), await page.locator('label[for="inq-transferConsent"]').innerText()]

    await page.goto(`/${locale}/privacy`)
    const main = page.locator('main')
    await expect(main).toContainText(siteSettings.controller.name[locale])
    await expect(main).toContainText(siteSettings.controller.address[locale])
    await expect(main).toContainText(siteSettings.controller.email)
    await expect(main).toContainText('24')
    await expect(page.getByTestId('privacy-consents').locator('blockquote')).toHaveText(consents.map((label) => label.replace(/\s*\*$/, '').trim()))
  })
}
