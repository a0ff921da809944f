import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { locales, type Locale } from '@/i18n/locales'
import { REFERENCE_PATTERN } from '@/lib/inquiries/reference'
import { makeElf, makePdf } from '../helpers/files'
import { ADMIN, E2E_DIR, E2E_MAIL_DIR } from './env'
import { message, seed } from './fixtures'

// These tests upload records and swap the records folder out once; they run one after another.
test.describe.configure({ mode: 'serial' })

type Mail = { to: string[]; subject: string; text: string; html: string }
type InquiryDoc = { id: number; reference: string; email?: string; status: string; agent?: number | { id: number } | null; pageLocale?: string; records?: { url: string; mimeType: string }[] }

const RECORDS_DIR = path.join(E2E_DIR, 'media', 'records')
const run = Date.now().toString(36)
let clients = 0
let admin: Record<string, string>
// Cases are worked by a coordinator account, as in production: it reads the inquiries and files
// and gets the notices (admins are only the fallback when no coordinator exists).
const COORDINATOR = { email: `coordinator-${run}@e2e.example`, password: 'e2e-coordinator-password-123' }
let coordinator: Record<string, string>

/** Each test posts as its own client address, so the rate limit of one never touches another. */
const asNewClient = (page: Page) => page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${(clients += 1)}` })
const emailFor = (label: string) => `${label}-${run}@patient.test`

const login = async (request: APIRequestContext, who: { email: string; password: string }) => {
  const res = await request.post('/api/users/login', { data: who })
  expect(res.ok()).toBe(true)
  return { authorization: `JWT ${(await res.json()).token as string}` }
}
const inquiriesFor = async (request: APIRequestContext, email: string): Promise<InquiryDoc[]> => {
  const res = await request.get(`/api/inquiries?where[email][equals]=${encodeURIComponent(email)}&depth=1`, { headers: coordinator })
  expect(res.ok()).toBe(true)
  return (await res.json()).docs
}
const mails = (): Mail[] =>
  existsSync(E2E_MAIL_DIR) ? readdirSync(E2E_MAIL_DIR).sort().map((file) => JSON.parse(readFileSync(path.join(E2E_MAIL_DIR, file), 'utf8'))) : []
const mailTo = (address: string, subjectHas: string) =>
  expect.poll(() => mails().find((mail) => mail.to.includes(address) && mail.subject.includes(subjectHas)), { timeout: 20_000 }).toBeTruthy()

const fill = async (page: Page, { name = 'Dana Amanova', email, diagnosis = 'AML, relapsed', message: text }: { name?: string; email: string; diagnosis?: string; message?: string }) => {
  await page.locator('#inq-name').fill(name)
  await page.locator('#inq-email').fill(email)
  await page.locator('#inq-phone').fill('+7 701 234 5678')
  await page.locator('#inq-country').selectOption('KZ')
  await page.locator('#inq-patientAge').fill('34')
  await page.locator('#inq-diagnosis').fill(diagnosis)
  if (text) await page.locator('#inq-message').fill(text)
  await page.locator('#inq-consent').check()
  await page.locator('#inq-transferConsent').check()
}
const attach = (page: Page, name: string, buffer: Buffer, mimeType = 'application/pdf') => page.locator('#inq-records').setInputFiles([{ name, mimeType, buffer }])
const errorText = (locale: Locale, code: string) => message(locale, `inquiry.errors.${code}`)

test.beforeAll(async ({ request }) => {
  admin = await login(request, ADMIN)
  const created = await request.post('/api/users', { headers: admin, data: { ...COORDINATOR, roles: ['coordinator'] } })
  expect(created.status()).toBe(201)
  coordinator = await login(request, COORDINATOR)
})

for (const locale of locales) {
  test(`a patient sends an inquiry with a PDF in ${locale}: confirmation, stored file and both e-mails in that language`, async ({ page, request }) => {
    await asNewClient(page)
    const email = emailFor(`send-${locale}`)
    await page.goto(`/${locale}/contact`)
    // The reply language starts as the page's language.
    await expect(page.locator('#inq-preferredLanguage')).toHaveValue(locale)
    await fill(page, { email })
    await attach(page, 'blood-test.pdf', makePdf())
    await page.getByRole('button', { name: message(locale, 'inquiry.submit') }).click()

    await page.waitForURL(new RegExp(`/${locale}/contact/sent\\?ref=CC-`))
    await expect(page.locator('h1')).toHaveText(message(locale, 'inquirySent.title'))
    const reference = (await page.getByTestId('inquiry-reference').innerText()).trim()
    expect(reference).toMatch(REFERENCE_PATTERN)

    const [inquiry] = await inquiriesFor(request, email)
    expect(inquiry).toMatchObject({ reference, status: 'new', pageLocale: locale })
    expect(inquiry!.records).toHaveLength(1)
    const file = await request.get(inquiry!.records![0]!.url, { headers: coordinator })
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toContain('application/pdf')

    await mailTo(email, message(locale, 'inquiryEmail.subject').replace('{reference}', reference))
    await mailTo(COORDINATOR.email, reference)
  })
}

test('on therapy and hospital pages the form opens with that therapy or hospital chosen', async ({ page }) => {
  await page.goto(`/ru/therapies/${seed.therapy.slug}`)
  await expect(page.locator('#inq-therapy option:checked')).toHaveText(seed.therapy.name.ru)
  await page.goto(`/ar/hospitals/${seed.hospital.slug}`)
  await expect(page.locator('#inq-hospital option:checked')).toHaveText(seed.hospital.name.ar)
})

test('without JavaScript: errors at each field in Arabic, answers kept; corrected, it goes through', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${(clients += 1)}` } })
  const page = await context.newPage()
  const email = emailFor('nojs')
  await page.goto('/ar/contact')
  await page.locator('#inq-name').fill('سارة أحمد')
  await page.locator('#inq-email').fill('not-an-address')
  await page.locator('#inq-country').selectOption('EG')
  await page.getByRole('button', { name: message('ar', 'inquiry.submit') }).click()

  await expect(page.locator('#inq-email-error')).toHaveText(errorText('ar', 'email'))
  await expect(page.locator('#inq-consent-error')).toHaveText(errorText('ar', 'consent'))
  await expect(page.locator('#inq-transferConsent-error')).toHaveText(errorText('ar', 'transferConsent'))
  await expect(page.locator('#inq-diagnosis-error')).toHaveText(errorText('ar', 'required'))
  await expect(page.locator('#inq-name')).toHaveValue('سارة أحمد')
  // The country list is written by the server alone (src/components/inquiry/CountrySelect.tsx).
  await expect(page.locator('#inq-country')).toHaveValue('EG')
  await expect(page.locator('#inq-email')).toHaveAttribute('aria-invalid', 'true')
  expect(await inquiriesFor(request, email)).toHaveLength(0)

  await page.locator('#inq-email').fill(email)
  await page.locator('#inq-diagnosis').fill('سرطان الغدد الليمفاوية')
  await page.locator('#inq-consent').check()
  // One consent is not enough: without the one to send the data to China, nothing is stored.
  await page.getByRole('button', { name: message('ar', 'inquiry.submit') }).click()
  await expect(page.locator('#inq-transferConsent-error')).toHaveText(errorText('ar', 'transferConsent'))
  await expect(page.locator('#inq-consent-error')).toHaveCount(0)
  expect(await inquiriesFor(request, email)).toHaveLength(0)
  await page.locator('#inq-transferConsent').check()
  await page.getByRole('button', { name: message('ar', 'inquiry.submit') }).click()
  await page.waitForURL(/\/ar\/contact\/sent\?ref=CC-/)
  expect(await inquiriesFor(request, email)).toHaveLength(1)
  await context.close()
})

test('an executable renamed .pdf is refused by the server, naming the file; the rest stays filled in, accessible, nothing stored', async ({ page, request }) => {
  await asNewClient(page)
  const email = emailFor('exe')
  await page.goto('/ru/contact')
  await fill(page, { email, name: 'Иван Петров' })
  await attach(page, 'анализы.pdf', makeElf())
  await page.getByRole('button', { name: message('ru', 'inquiry.submit') }).click()
  await expect(page.locator('#inq-records-error')).toHaveText(errorText('ru', 'fileType').replace('{file}', 'анализы.pdf'))
  await expect(page.locator('#inq-name')).toHaveValue('Иван Петров')
  await expect(page.locator('#inq-diagnosis')).toHaveValue('AML, relapsed')
  // The form with its error messages meets WCAG 2.2 AA too (axe needs the page's JavaScript).
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  expect(await inquiriesFor(request, email)).toHaveLength(0)
})

test('the browser refuses an 11 MB file and a sixth file before uploading', async ({ page, request }) => {
  await asNewClient(page)
  const email = emailFor('big')
  await page.goto('/en/contact')
  await fill(page, { email })
  await page.locator('#inq-records').setInputFiles([{ name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024, 0x20) }])
  await page.getByRole('button', { name: message('en', 'inquiry.submit') }).click()
  await expect(page.locator('#inq-records-error')).toHaveText(errorText('en', 'fileTooLarge').replace('{file}', 'huge.pdf'))
  await page.locator('#inq-records').setInputFiles(Array.from({ length: 6 }, (_, i) => ({ name: `scan-${i}.pdf`, mimeType: 'application/pdf', buffer: makePdf() })))
  await page.getByRole('button', { name: message('en', 'inquiry.submit') }).click()
  await expect(page.locator('#inq-records-error')).toHaveText(errorText('en', 'tooManyFiles'))
  expect(await inquiriesFor(request, email)).toHaveLength(0)
})

test('with JavaScript, mistakes in Russian are shown at each field before a record is uploaded, with what was typed kept', async ({ page, request }) => {
  await asNewClient(page)
  const email = emailFor('typos')
  await page.goto('/ru/contact')
  await fill(page, { email, name: '   ' })
  // Valid to the browser's own e-mail check, refused by the server's (no domain ending): the shared pattern catches it.
  await page.locator('#inq-email').fill('dana@mail')
  await page.locator('#inq-phone').fill('phone: 7012')
  await page.locator('#inq-patientAge').fill('150')
  await page.locator('#inq-diagnosis').fill('x'.repeat(2001))
  await page.locator('#inq-consent').uncheck()
  await attach(page, 'scan.pdf', makePdf())
  const posts: string[] = []
  page.on('request', (req) => {
    if (req.method() === 'POST') posts.push(req.url())
  })
  await page.getByRole('button', { name: message('ru', 'inquiry.submit') }).click()
  const expected = { name: 'required', email: 'email', phone: 'phone', patientAge: 'age', diagnosis: 'tooLong', consent: 'consent' }
  for (const [field, code] of Object.entries(expected)) {
    await expect(page.locator(`#inq-${field}-error`), field).toHaveText(errorText('ru', code).replace('{max}', '2000'))
    await expect(page.locator(`#inq-${field}`)).toHaveAttribute('aria-invalid', 'true')
  }
  await expect(page.locator('#inq-email')).toHaveValue('dana@mail')
  await expect(page.locator('.form-alert li')).toHaveCount(Object.keys(expected).length)
  expect(posts).toEqual([])
  // Corrected, it goes through (a phone number typed after a space is the server's to trim).
  await fill(page, { email })
  await page.locator('#inq-phone').fill(' +7 701 234 5678')
  await page.getByRole('button', { name: message('ru', 'inquiry.submit') }).click()
  await page.waitForURL(/\/ru\/contact\/sent\?ref=CC-/)
  expect(await inquiriesFor(request, email)).toHaveLength(1)
})

test('a double click sends one inquiry', async ({ page, request }) => {
  await asNewClient(page)
  const email = emailFor('double')
  await page.goto('/en/contact')
  await fill(page, { email })
  await page.getByRole('button', { name: message('en', 'inquiry.submit') }).dblclick()
  await page.waitForURL(/\/en\/contact\/sent\?ref=CC-/)
  expect(await inquiriesFor(request, email)).toHaveLength(1)
})

test('markup typed into the form reaches the coordinator as text, and the new inquiry stands out in their list', async ({ page, request }) => {
  await asNewClient(page)
  const email = emailFor('markup')
  const markup = '<img src=x onerror="window.__xss=1"><b>bold</b>'
  await page.goto('/en/contact')
  await fill(page, { email, message: markup })
  await page.getByRole('button', { name: message('en', 'inquiry.submit') }).click()
  await page.waitForURL(/\/en\/contact\/sent/)
  const [inquiry] = await inquiriesFor(request, email)

  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(COORDINATOR.email)
  await page.locator('input[name="password"]').fill(COORDINATOR.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin(?!\/login)/)
  await page.goto('/admin/collections/inquiries')
  const row = page.locator('tr', { hasText: inquiry!.reference })
  await expect(row.locator('[data-status="new"]')).toBeVisible()
  await page.goto(`/admin/collections/inquiries/${inquiry!.id}`)
  await expect(page.locator('textarea#field-message')).toHaveValue(markup)
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
})

test("a referred patient's inquiry records the agent; each agent sees only their own, status only", async ({ page, request }) => {
  const agents = await Promise.all(
    ['a', 'b'].map(async (name) => {
      const who = { email: `agent-${name}-${run}@e2e.example`, password: 'e2e-agent-password-123' }
      const created = await request.post('/api/users', { headers: admin, data: { ...who, roles: ['agent'] } })
      expect(created.status()).toBe(201)
      return { ...who, doc: (await created.json()).doc as { id: number; referralCode: string } }
    }),
  )
  const [agentA, agentB] = agents as [(typeof agents)[number], (typeof agents)[number]]
  await asNewClient(page)
  const email = emailFor('referred')
  await page.goto(`/en/stories?ref=${agentA.doc.referralCode}`)
  await page.goto('/en/contact')
  await fill(page, { email })
  await page.getByRole('button', { name: message('en', 'inquiry.submit') }).click()
  await page.waitForURL(/\/en\/contact\/sent/)
  const [inquiry] = await inquiriesFor(request, email)
  expect(typeof inquiry!.agent === 'object' ? inquiry!.agent?.id : inquiry!.agent).toBe(agentA.doc.id)

  const seenBy = async (who: { email: string; password: string }) => {
    const res = await request.get('/api/inquiries?depth=0&limit=100', { headers: await login(request, who) })
    return ((await res.json()).docs as InquiryDoc[]).filter((doc) => doc.reference === inquiry!.reference)
  }
  const [mine] = await seenBy(agentA)
  expect(mine?.status).toBe('new')
  expect(mine?.email).toBeUndefined()
  expect(await seenBy(agentB)).toEqual([])
})

test('visitors cannot read inquiries or records back through the API', async ({ request }) => {
  const [any] = (await (await request.get('/api/inquiries?limit=1&depth=1', { headers: coordinator })).json()).docs as InquiryDoc[]
  expect((await request.get('/api/inquiries')).status()).toBe(403)
  expect((await request.get(`/api/inquiries/${any!.id}`)).status()).toBe(403)
  expect((await request.get('/api/medical-records')).status()).toBe(403)
  const recordUrl = any!.records?.[0]?.url
  if (recordUrl) expect((await request.get(recordUrl)).status()).toBe(403)
})

test('too many posts from one client get HTTP 429 and a page in their language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${(clients += 1)}` } })
  const page = await context.newPage()
  await page.goto('/zh/contact')
  const statuses: number[] = []
  for (let i = 0; i < 6; i += 1) {
    const answer = page.waitForResponse((res) => res.request().method() === 'POST')
    await page.getByRole('button', { name: message('zh', 'inquiry.submit') }).click()
    statuses.push((await answer).status())
    await page.waitForLoadState()
  }
  // Each an empty form: the visitor's mistake, answered 422 with the errors at each field.
  expect(statuses.slice(0, 5)).toEqual([422, 422, 422, 422, 422])
  expect(statuses[5]).toBe(429)
  await expect(page.locator('h1')).toHaveText(message('zh', 'inquiry.rateLimited.title'))
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh')
  await context.close()
})

test('if the records cannot be stored: a translated error with the other ways to reach us, the form still filled, nothing stored', async ({ page, request }) => {
  await asNewClient(page)
  const email = emailFor('broken-disk')
  await page.goto('/zh/contact')
  await fill(page, { email, name: '王小明' })
  await attach(page, 'report.pdf', makePdf())
  // The records folder replaced by a plain file: writing a record fails as a full or broken disk would.
  const backup = `${RECORDS_DIR}.bak`
  const filesBefore = readdirSync(RECORDS_DIR).length
  renameSync(RECORDS_DIR, backup)
  writeFileSync(RECORDS_DIR, 'not a folder')
  try {
    await page.getByRole('button', { name: message('zh', 'inquiry.submit') }).click()
    const alert = page.locator('.form-alert')
    await expect(alert).toContainText(message('zh', 'inquiry.unavailable.title'))
    await expect(alert.locator('a[href^="mailto:"]')).toBeVisible()
  } finally {
    rmSync(RECORDS_DIR, { force: true })
    renameSync(backup, RECORDS_DIR)
  }
  await expect(page.locator('#inq-name')).toHaveValue('王小明')
  expect(await inquiriesFor(request, email)).toHaveLength(0)
  expect(readdirSync(RECORDS_DIR)).toHaveLength(filesBefore)
})
