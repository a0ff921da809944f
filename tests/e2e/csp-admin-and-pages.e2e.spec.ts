import { expect, test, type Page } from '@playwright/test'

import { makePng } from '../helpers/files'
import { ADMIN } from './env'
import { pageTypes, seed } from './fixtures'

// The Content-Security-Policy must block what an attacker would inject, and nothing the portal
// itself does: public pages with their scripts, and the admin (sign-in, rich-text editing, Live
// Preview of our own pages in a frame, image upload). Each page is checked for violations the
// browser reports, and for the policy actually being in force.

const watchViolations = async (page: Page) => {
  const violations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`)
  })
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp: (text: string) => void }).__reportCsp
      report(`${location.href}: ${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return violations
}

const policyOf = async (page: Page, path: string) => {
  const res = await page.goto(path)
  expect(res?.status(), path).toBeLessThan(400)
  return (await res?.allHeaders())?.['content-security-policy']
}

test('public pages run under the policy and break none of it', async ({ page }) => {
  const violations = await watchViolations(page)
  for (const locale of ['en', 'ar'] as const) {
    for (const { path, h1 } of pageTypes(locale)) {
      expect(await policyOf(page, `/${locale}${path}`), path).toContain("script-src 'self'")
      await expect(page.locator('h1').first()).toHaveText(h1)
    }
  }
  expect(violations).toEqual([])
})

test('the admin works under the policy: sign-in, rich text, Live Preview, upload', async ({ page, request }) => {
  test.setTimeout(120_000)
  const violations = await watchViolations(page)
  expect(await policyOf(page, '/admin/login')).toContain("frame-ancestors 'self'")
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)

  // A hospital: the rich-text editor is live; Live Preview frames the public page.
  const found = await request.get(`/api/hospitals?where[slug][equals]=${seed.hospital.slug}&depth=0`)
  const hospitalId = (await found.json()).docs[0].id
  // In English: Payload remembers each user's last content locale, which other tests change.
  await page.goto(`/admin/collections/hospitals/${hospitalId}?locale=en`)
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await expect(editor).toBeVisible()
  await expect(editor).toHaveAttribute('contenteditable', 'true')
  await page.getByRole('button', { name: 'Live Preview' }).click()
  await expect(page.frameLocator('iframe').first().locator('h1')).toHaveText(seed.hospital.name.en, { timeout: 30_000 })

  // An image upload, with its preview.
  await page.goto('/admin/collections/media/create')
  await page.locator('input[type="file"]').setInputFiles({ name: 'csp-check.png', mimeType: 'image/png', buffer: await makePng(640, 360) })
  await page.locator('#field-alt').fill('CSP check')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success/i)
  await page.waitForURL(/\/admin\/collections\/media\/\d+/)
  const mediaId = page.url().match(/media\/(\d+)/)![1]
  await expect(page.locator('.file-details img, .thumbnail img').first()).toBeVisible()

  expect(violations).toEqual([])
  const login = await request.post('/api/users/login', { data: ADMIN })
  const auth = { authorization: `JWT ${(await login.json()).token as string}` }
  expect((await request.delete(`/api/media/${mediaId}`, { headers: auth })).ok()).toBe(true)
})
