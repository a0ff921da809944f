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

test('a source not yet translated is cited in English, marked lang="en", inside a translated citation', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: ADMIN })
  const headers = { authorization: `JWT ${(await login.json()).token as string}` }
  const stamp = Date.now()
  const title = `Trial registry record ${stamp}`
  const source = await request.post('/api/sources?locale=en', {
    headers,
    data: { title, slug: `registry-${stamp}`, publisher: 'A trial registry', kind: 'trialRegistry', url: 'https://registry.example/record' },
  })
  expect(source.status()).toBe(201)
  const sourceId = (await source.json()).doc.id
  const therapy = await request.post('/api/therapies?locale=en', {
    headers,
    data: {
      name: `Trial therapy ${stamp}`,
      slug: `trial-therapy-${stamp}`,
      category: 'cellTherapy',
      summary: 'A therapy given only in a trial.',
      offeredAt: [{ providerNote: 'A provider', status: 'clinicalTrial', trialRegistry: 'Registry', trialId: `ID-${stamp}`, trialPhase: 'phase1', source: sourceId }],
      _status: 'published',
    },
  })
  expect(therapy.status()).toBe(201)
  const { doc } = await therapy.json()

  await page.goto(`/ru/therapies/${doc.slug}`)
  const status = page.getByTestId('therapy-status')
  await expect(status.getByTestId('therapy-status-tag')).toHaveText(message('ru', 'evidence.status.clinicalTrial'))
  await expect(status.getByTestId('trial-details')).toContainText(`ID-${stamp}`)
  await expect(status.getByTestId('trial-details')).toContainText(message('ru', 'evidence.phase.phase1'))
  const link = status.locator('.citation a[lang="en"]')
  await expect(link).toHaveText(title)
  await expect(link).toHaveAttribute('href', 'https://registry.example/record')
  await expect(status.locator('.citation')).toContainText(message('ru', 'evidence.kind.trialRegistry'))

  expect((await request.delete(`/api/therapies/${doc.id}`, { headers })).ok()).toBe(true)
  expect((await request.delete(`/api/sources/${sourceId}`, { headers })).ok()).toBe(true)
})
