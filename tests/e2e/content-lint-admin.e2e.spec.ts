import { expect, test } from '@playwright/test'

import { conditions } from '@/seed/data/conditions'
import { ADMIN } from './env'

// Neuroblastoma: no other browser test reads its summary, so this file may edit it (and restores it).
const SLUG = 'neuroblastoma'
const seeded = conditions.find((c) => c.slug === SLUG)!

test('an editor sees content-lint warnings while typing, in the locale being edited, and can still save', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: ADMIN })
  const headers = { authorization: `JWT ${(await login.json()).token as string}` }
  const id = (await (await request.get(`/api/conditions?where[slug][equals]=${SLUG}&depth=0`)).json()).docs[0].id

  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)

  await page.goto(`/admin/collections/conditions/${id}?locale=zh`)
  const lint = page.getByTestId('content-lint')
  await expect(lint).toContainText('No findings.')
  // A superlative and a cure claim, as were once added in translation.
  await page.locator('#field-summary').fill('国内规模最大的中心，可以根治。')
  await expect(lint.locator('li')).toHaveCount(2)
  await expect(lint).toContainText('最大')
  await expect(lint).toContainText('根治')
  // A warning, not a block: the save goes through.
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success|updated/i)

  // Leave the edit view first: it holds the document's edit lock.
  await page.goto('/admin')
  const restored = await request.patch(`/api/conditions/${id}?locale=zh`, { headers, data: { summary: seeded.summary!.zh } })
  expect(restored.status(), await restored.text()).toBe(200)
})
