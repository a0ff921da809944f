import { expect, test } from '@playwright/test'

import { ADMIN } from './env'
import { message } from './fixtures'

test('a new document, not yet translated, shows its English text, marked lang="en", with a note', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: ADMIN })
  const headers = { authorization: `JWT ${(await login.json()).token as string}` }
  const name = `Photodynamic therapy ${Date.now()}`
  const created = await request.post('/api/therapies?locale=en', {
    headers,
    data: { name, slug: `pdt-${Date.now()}`, category: 'drug', summary: 'Light-activated drugs that target abnormal cells.', _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  await page.goto(`/ar/therapies/${doc.slug}`)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const heading = page.locator('h1')
  await expect(heading).toHaveText(name)
  await expect(heading).toHaveAttribute('lang', 'en')
  await expect(page.locator('main')).toContainText(message('ar', 'common.notTranslated'))

  // The list, revalidated on publish, shows the new therapy too, its English title marked as such.
  await expect
    .poll(
      async () => {
        await page.goto('/ar/therapies')
        return page.locator('main .card h3[lang="en"]', { hasText: name }).count()
      },
      { timeout: 20_000, intervals: [500, 1000, 2000] },
    )
    .toBe(1)

  // Unpublishing takes it off the site in every locale; publishing again brings it back; deleting
  // removes it for good.
  const unpublish = await request.patch(`/api/therapies/${doc.id}`, { headers, data: { _status: 'draft' } })
  expect(unpublish.ok()).toBe(true)
  const status = (path: string) => expect.poll(async () => (await request.get(path)).status(), { timeout: 20_000 })
  for (const locale of ['en', 'zh', 'ru', 'ar']) {
    await status(`/${locale}/therapies/${doc.slug}`).toBe(404)
    await expect
      .poll(async () => (await (await request.get(`/${locale}/therapies`)).text()).includes(name), { timeout: 20_000 })
      .toBe(false)
  }
  expect((await request.patch(`/api/therapies/${doc.id}`, { headers, data: { _status: 'published' } })).ok()).toBe(true)
  await status(`/ru/therapies/${doc.slug}`).toBe(200)
  expect((await request.delete(`/api/therapies/${doc.id}`, { headers })).ok()).toBe(true)
  await status(`/ru/therapies/${doc.slug}`).toBe(404)
  await page.goto('/zh')
  await expect(page.locator('main')).not.toContainText(name)
})
