import { expect, test, type Page } from '@playwright/test'

import { makePdf } from '../helpers/files'
import { E2E_URL } from './env'
import { message } from './fixtures'
import { loginAsAdmin } from './session'

/**
 * Issue 13's "coordinators who can work", tried in the admin as a coordinator would: the referring
 * agent and the assigned coordinator by name, the country by its name in the admin's language, the
 * patient's own data read-only, and medical records by their original file name with a link back
 * to their inquiry.
 */
const run = Date.now().toString(36)
const PASSWORD = 'e2e-coordinator-admin-password-123'
const people = {
  coordinator: { email: `ca-coordinator-${run}@e2e.example`, displayName: `Coordinator Alpha ${run}`, roles: ['coordinator'] },
  colleague: { email: `ca-colleague-${run}@e2e.example`, displayName: `Coordinator Beta ${run}`, roles: ['coordinator'] },
  agent: { email: `ca-agent-${run}@e2e.example`, displayName: `Agent Aliya ${run}`, roles: ['agent'] },
}
const FILE_NAME = `biopsy-report-${run}.pdf`
const patientEmail = `ca-patient-${run}@patient.test`
let inquiry: { id: number; reference: string }
let colleagueId: number

// The admin is slow to first render on a busy machine; each test walks several of its screens.
test.describe.configure({ timeout: 150_000 })

const signInToAdmin = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin(?!\/login)/)
}

test.beforeAll(async ({ browser, request }) => {
  const admin = await loginAsAdmin(request)
  const ids: Record<string, number> = {}
  for (const [key, person] of Object.entries(people)) {
    const res = await request.post('/api/users', { headers: admin, data: { ...person, password: PASSWORD } })
    expect(res.status()).toBe(201)
    ids[key] = (await res.json()).doc.id
  }
  colleagueId = ids.colleague!
  const agent = (await (await request.get(`/api/users/${ids.agent}`, { headers: admin })).json()) as { referralCode: string }

  // A referred patient sends an inquiry with a file, through the public form.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.213' } })
  const page = await context.newPage()
  await page.goto(`/en/stories?ref=${agent.referralCode}`)
  await page.goto('/en/contact')
  await page.locator('#inq-name').fill('Dana Amanova')
  await page.locator('#inq-email').fill(patientEmail)
  await page.locator('#inq-country').selectOption('KZ')
  await page.locator('#inq-diagnosis').fill('AML, relapsed')
  await page.locator('#inq-consent').check()
  await page.locator('#inq-transferConsent').check()
  await page.locator('#inq-records').setInputFiles([{ name: FILE_NAME, mimeType: 'application/pdf', buffer: makePdf() }])
  await page.getByRole('button', { name: message('en', 'inquiry.submit') }).click()
  await page.waitForURL(/\/en\/contact\/sent/)
  await context.close()
  const found = await request.get(`/api/inquiries?where[email][equals]=${encodeURIComponent(patientEmail)}&depth=0`, { headers: admin })
  inquiry = (await found.json()).docs[0]
  expect(inquiry?.reference).toBeTruthy()

  // The agent's short link, for the agent-links list.
  const hospital = (await (await request.get('/api/hospitals?limit=1&depth=0')).json()).docs[0] as { id: number }
  const link = await request.post('/api/agent-links', { headers: admin, data: { target: { relationTo: 'hospitals', value: hospital.id }, locale: 'en', agent: ids.agent } })
  expect(link.status()).toBe(201)
})

test('a coordinator sees the agent, the country and the file by name, cannot rewrite the patient’s data, and assigns the case to a colleague', async ({ page, request }) => {
  await signInToAdmin(page, people.coordinator.email)
  await page.goto('/admin/collections/inquiries')
  const row = page.locator('tr', { hasText: inquiry.reference })
  await expect(row).toContainText(people.agent.displayName)
  await expect(row).toContainText('Kazakhstan')
  await expect(row).not.toContainText('Untitled')

  await page.goto(`/admin/collections/inquiries/${inquiry.id}`)
  const view = page.locator('body')
  await expect(view).toContainText(people.agent.displayName)
  await expect(view).toContainText('Kazakhstan')
  await expect(view).toContainText(FILE_NAME)
  // What the patient sent is shown, not editable.
  for (const field of ['#field-name', '#field-email', '#field-diagnosis', '#field-consent__given']) {
    await expect(page.locator(field)).toBeDisabled()
  }

  // Every coordinator and admin is offered, not only oneself.
  const picker = page.locator('#field-coordinator')
  await picker.locator('.rs__control').click()
  await expect(page.locator('.rs__option', { hasText: people.coordinator.displayName })).toBeVisible()
  await page.locator('.rs__option', { hasText: people.colleague.displayName }).click()
  await page.locator('#action-save').click()
  const admin = await loginAsAdmin(request)
  await expect
    .poll(async () => (await (await request.get(`/api/inquiries/${inquiry.id}?depth=0`, { headers: admin })).json()).coordinator, { timeout: 15_000 })
    .toBe(colleagueId)
  const stored = (await (await request.get(`/api/inquiries/${inquiry.id}?depth=0`, { headers: admin })).json()) as { name: string; country: string }
  expect([stored.name, stored.country]).toEqual(['Dana Amanova', 'KZ'])
})

test('a coordinator finds the record by its original name, goes back to its inquiry, and sees agent links by agent name', async ({ page }) => {
  await signInToAdmin(page, people.coordinator.email)
  await page.goto('/admin/collections/medical-records')
  await page.locator('tr', { hasText: FILE_NAME }).locator('a').first().click()
  await expect(page.locator('#field-originalName')).toHaveValue(FILE_NAME)
  // The join lists the inquiry by reference; its button opens the case in Payload's drawer.
  await expect(page.locator('#field-name')).toHaveCount(0)
  await page.locator('tr', { hasText: inquiry.reference }).getByRole('button').first().click()
  await expect(page.locator('#field-name')).toHaveValue('Dana Amanova')

  await page.goto('/admin/collections/agent-links')
  await expect(page.locator('tbody')).toContainText(people.agent.displayName)
  await expect(page.locator('tbody')).not.toContainText('Untitled')
})

test('the country reads in the admin’s language', async ({ browser }) => {
  const context = await browser.newContext()
  await context.addCookies([{ name: 'payload-lng', value: 'zh', url: E2E_URL }])
  const page = await context.newPage()
  await signInToAdmin(page, people.colleague.email)
  await page.goto(`/admin/collections/inquiries/${inquiry.id}`)
  await expect(page.locator('body')).toContainText(new Intl.DisplayNames(['zh'], { type: 'region' }).of('KZ')!)
  await context.close()
})
