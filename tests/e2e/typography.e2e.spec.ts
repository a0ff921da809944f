import { expect, test, type Page } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { seed } from './fixtures'

/** Where two substrings of an element's text are drawn: the left edge of each, in pixels. */
const leftEdges = (page: Page, selector: string, first: string, second: string) =>
  page.locator(selector).first().evaluate(
    (root, [a, b]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const text: Text[] = []
      while (walker.nextNode()) text.push(walker.currentNode as Text)
      const edge = (needle: string) => {
        for (const node of text) {
          const at = node.data.indexOf(needle)
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + needle.length)
          return range.getBoundingClientRect().left
        }
        throw new Error(`"${needle}" not found`)
      }
      return [edge(a), edge(b)]
    },
    [first, second] as const,
  )

const step = (seed.therapy.journey ?? []).find((s) => s.min != null && s.max != null && s.min < s.max)!

test('Arabic: a duration range reads from the smaller number, on one line', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } })
  const page = await context.newPage()
  await page.goto(`/ar/therapies/${seed.therapy.slug}`)
  const range = page.locator('.steps bdi', { hasText: `${step.min}–${step.max}` }).first()
  await expect(range).toBeVisible()
  const [min, max] = await leftEdges(page, `.steps bdi:has-text("${step.min}–${step.max}")`, String(step.min), String(step.max))
  expect(min, 'the smaller number is drawn first, on the left').toBeLessThan(max)
  expect(await range.evaluate((el) => el.getClientRects().length)).toBe(1)
  await context.close()
})

test('Arabic: the phone example reads in its own order', async ({ page }) => {
  await page.goto('/ar/contact')
  const [country, last] = await leftEdges(page, 'form', '+971', '4567')
  expect(country).toBeLessThan(last)
})

for (const locale of locales) {
  test(`"CAR-T" never breaks at its hyphen on a narrow phone (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } })
    const page = await context.newPage()
    await page.goto(`/${locale}/therapies/${seed.therapy.slug}`)
    const terms = page.locator('main bdi.nobr', { hasText: 'CAR-T' })
    expect(await terms.count()).toBeGreaterThan(0)
    for (const lines of await terms.evaluateAll((els) => els.map((el) => el.getClientRects().length))) expect(lines).toBe(1)
    await context.close()
  })
}
