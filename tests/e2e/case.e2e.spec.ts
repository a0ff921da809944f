import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { makePdf } from '../helpers/files'
import { ADMIN, E2E_MAIL_DIR } from './env'
import { message } from './fixtures'
import { signIn } from './session'

// One patient's case from the confirmation page to a revoked link, in order.
test.describe.configure({ mode: 'serial' })

type Mail = { to: string[]; subject: string; text: string }
const run = Date.now().toString(36)
const COORDINATOR = { email: `case-coordinator-${run}@e2e.example`, password: 'e2e-coordinator-password-123' }
const PATIENT = `case-${run}@patient.test`
let coordinator: Record<string, string>
let caseLink = ''
let inquiryId = 0

const mails = (): Mail[] => (existsSync(E2E_MAIL_DIR) ? readdirSync(E2E_MAIL_DIR).map((file) => JSON.parse(readFileSync(path.join(E2E_MAIL_DIR, file), 'utf8'))) : [])
const mailTo = (address: string, subjectHas: string) =>
  expect.poll(() => mails().find((mail) => mail.to.includes(address) && mail.subject.includes(subjectHas)), { timeout: 20_000 }).toBeTruthy()
const inquiry = async (request: APIRequestContext) => (await (await request.get(`/api/inquiries/${inquiryId}?depth=0`, { headers: coordinator })).json()) as Record<string, unknown> & { records: unknown[]; reference: string }

test.beforeAll(async ({ request }) => {
  const admin = await signIn(request, ADMIN)
  expect((await request.post('/api/users', { headers: admin, data: { ...COORDINATOR, roles: ['coordinator'], displayName: 'Marina Petrova' } })).status()).toBe(201)
  coordinator = await signIn(request, COORDINATOR)
})

test('without JavaScript, the confirmation page links to a private case page: no-store, noindex, that case only; records added there are stored with the inquiry', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.201' } })
  const page = await context.newPage()
  await page.goto('/ru/contact')
  await page.locator('#inq-name').fill('Дана Аманова')
  await page.locator('#inq-email').fill(PATIENT)
  await page.locator('#inq-diagnosis').fill('ОМЛ, рецидив')
  await page.locator('#inq-records').setInputFiles([{ name: 'first.pdf', mimeType: 'application/pdf', buffer: makePdf() }])
  await page.locator('#inq-consent').check()
  await page.locator('#inq-transferConsent').check()
  await page.getByRole('button', { name: message('ru', 'inquiry.submit') }).click()
  await page.waitForURL(/\/ru\/contact\/sent\?/)
  caseLink = (await page.getByTestId('case-link').getAttribute('href'))!
  expect(caseLink).toMatch(/^\/ru\/case\/[A-Za-z0-9_-]{43}$/)
  const reference = (await page.getByTestId('inquiry-reference').innerText()).trim()

  const res = await request.get(caseLink)
  expect(res.status()).toBe(200)
  expect(res.headers()['cache-control']).toMatch(/private/)
  expect(res.headers()['cache-control']).toMatch(/no-store/)
  const html = await res.text()
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/)
  expect(html).toContain(reference)
  expect(html).not.toContain(PATIENT)

  // Another patient's case (typed in by an admin) is not reachable from this one, nor by guessing.
  const admin = await signIn(request, ADMIN)
  const other = await (await request.post('/api/inquiries', { headers: admin, data: { name: 'Other Patient', email: `other-${run}@patient.test`, preferredLanguage: 'en', consent: { given: true } } })).json()
  expect(other.doc.caseTokenHash).toBeUndefined()
  expect(html).not.toContain(other.doc.reference)
  for (const wrong of ['/ru/case', `/ru/case/${'A'.repeat(43)}`, `${caseLink.slice(0, -1)}${caseLink.endsWith('x') ? 'y' : 'x'}`]) expect((await request.get(wrong)).status()).toBe(404)

  const { docs } = await (await request.get(`/api/inquiries?where[email][equals]=${encodeURIComponent(PATIENT)}&depth=0`, { headers: coordinator })).json()
  inquiryId = docs[0].id
  expect(docs[0].records).toHaveLength(1)

  await page.goto(caseLink)
  await expect(page.getByTestId('case-status')).toHaveText(message('ru', 'case.status.new'))
  await page.locator('#case-message').fill('Новые анализы крови.')
  await page.locator('#case-records').setInputFiles([{ name: 'cbc.pdf', mimeType: 'application/pdf', buffer: makePdf() }])
  await page.getByRole('button', { name: message('ru', 'case.submit') }).click()
  await expect(page.getByTestId('case-result')).toHaveText(message('ru', 'case.result.added'))
  const after = await inquiry(request)
  expect(after.records).toHaveLength(2)
  expect(after.patientUpdates).toMatchObject([{ message: 'Новые анализы крови.', files: 1 }])
  await mailTo(COORDINATOR.email, reference)
  await context.close()
})

test("the coordinator writes the reply in the admin; it goes out in the patient's language and the case page says so; a revoked link is a 404", async ({ page, request }) => {
  const { reference } = await inquiry(request)
  const me = (await (await request.get('/api/users/me', { headers: coordinator })).json()).user.id
  expect((await request.patch(`/api/inquiries/${inquiryId}`, { headers: coordinator, data: { coordinator: me } })).ok()).toBe(true)

  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(COORDINATOR.email)
  await page.locator('input[name="password"]').fill(COORDINATOR.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin(?!\/login)/)
  await page.goto(`/admin/collections/inquiries/${inquiryId}`)
  await page.locator('textarea#field-replyDraft').fill('Здравствуйте! Мы получили анализы.')
  await page.locator('#action-save').click()
  // Saved: the draft is empty again and the reply is kept below it, read-only.
  await expect(page.locator('textarea#field-replyDraft')).toHaveValue('', { timeout: 20_000 })
  await expect(page.locator('#field-replies__0__text')).toHaveValue('Здравствуйте! Мы получили анализы.')

  await mailTo(PATIENT, message('ru', 'case.replyEmail.subject').replace('{reference}', reference))
  const reply = mails().find((mail) => mail.to.includes(PATIENT) && mail.text.includes('Мы получили анализы.'))
  expect(reply?.text).toContain(caseLink)

  await expect.poll(async () => (await (await request.get(caseLink)).text()).includes(message('ru', 'case.replyOnItsWay')), { timeout: 20_000 }).toBe(false)
  await page.goto(caseLink)
  // axe runs in the page, so here (JavaScript on) rather than in the form's no-JavaScript test.
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze()
  expect(violations.map((v) => v.id)).toEqual([])
  await expect(page.getByTestId('case-replies')).toContainText(message('ru', 'case.replySent').split('{date}')[0]!.trim())
  await expect(page.getByTestId('case-coordinator')).toHaveText(message('ru', 'case.coordinator').replace('{name}', 'Marina'))

  expect((await request.patch(`/api/inquiries/${inquiryId}`, { headers: coordinator, data: { caseLinkRevoked: true } })).ok()).toBe(true)
  expect((await request.get(caseLink)).status()).toBe(404)
})
