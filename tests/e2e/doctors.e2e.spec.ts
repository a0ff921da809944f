import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { doctors } from '@/seed/data/doctors'
import { message, seed } from './fixtures'

/**
 * Doctors, in every locale: their page (only what the source says, each fact with its source, and
 * a plain note that the source does not say whether they see patients), their listing on their
 * department's and hospital's pages and on /doctors, search, the sitemap, and WCAG 2.2 AA.
 */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']
const doctor = doctors[0]!
const department = `/hospitals/${seed.department.hospital.slug}/departments/${seed.department.slug}`

for (const locale of locales) {
  test(`a doctor's page in ${locale}: name, title, where they work, sourced facts, the practice note, no WCAG 2.2 AA violations`, async ({ page }) => {
    const res = await page.goto(`/${locale}/doctors/${doctor.slug}`)
    expect(res?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(doctor.name[locale])
    await expect(page.locator('main')).toContainText(message(locale, 'doctors.academicTitle.professor'))
    await expect(page.locator(`a[href="/${locale}${department}"]`)).toHaveText(seed.department.name[locale])
    await expect(page.getByRole('note')).toHaveText(message(locale, 'doctors.seesPatientsUnknown'))
    const facts = page.locator('#doctor-facts + ul > li')
    await expect(facts).toHaveCount(doctor.facts.length)
    await expect(facts.first()).toContainText(doctor.facts[0]!.text[locale])
    // Every fact carries its citation.
    await expect(facts.locator('.citation')).toHaveCount(doctor.facts.length)
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  test(`doctors are listed on their department, hospital and the doctors page, and found by search, in ${locale}`, async ({ page }) => {
    for (const path of [department, `/hospitals/${seed.department.hospital.slug}`, '/doctors']) {
      await page.goto(`/${locale}${path}`)
      for (const { slug, name } of doctors) await expect(page.locator(`main a[href="/${locale}/doctors/${slug}"]`)).toHaveText(name[locale])
    }
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
    await page.goto(`/${locale}/search?q=${encodeURIComponent(doctor.name[locale])}`)
    await expect(page.locator(`main a[href="/${locale}/doctors/${doctor.slug}"]`)).toBeVisible()
  })
}

test('doctors are in the sitemap with a link-preview card, and an unknown doctor is a 404', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const { slug } of doctors) for (const locale of locales) expect(sitemap).toContain(`/${locale}/doctors/${slug}</loc>`)
  expect(sitemap).toContain('/en/doctors</loc>')
  expect((await request.get('/en/doctors/no-such-doctor')).status()).toBe(404)
  await page.goto(`/ru/doctors/${doctor.slug}`)
  const card = await request.get((await page.locator('meta[property="og:image"]').getAttribute('content'))!)
  expect(card.status()).toBe(200)
  expect(card.headers()['content-type']).toMatch(/^image\//)
})
