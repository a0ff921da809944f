import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'
import fc from 'fast-check'

import { hiddenFormFields } from '../helpers/actionForm'
import { makePdf } from '../helpers/files'
import { loginAsAdmin } from './session'

// Property-based checks of the public endpoints on the production build: whatever a visitor (or a
// script) sends, the answer is a success that reads back exactly as sent, or a refusal with
// nothing stored; never a 5xx, never a stack trace. Seeded and bounded, so a failure is repeatable:
// fast-check prints the seed and the smallest input that fails (PROPERTY_SEED=… to replay it).
const SEED = Number(process.env.PROPERTY_SEED) || 20261201
const runs = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true })
const LOCALES = ['en', 'zh', 'ru', 'ar'] as const
const run = Date.now().toString(36)
let clients = 0

/** What a crash or framework error page leaks: Node stack frames, error class names, file paths. */
const STACK = /\n\s+at [^\n]+\(?[^\n]*:\d+:\d+\)?|\b(TypeError|ReferenceError|SyntaxError|RangeError): |node_modules\/|webpack-internal:/
const expectSane = async (res: APIResponse, what: string) => {
  const body = await res.text()
  expect(res.status(), `${what} answered ${res.status()}`).toBeLessThan(500)
  expect(STACK.test(body), `${what} leaked a stack trace`).toBe(false)
  // No answer goes out bare: a refusal of the server in front keeps its headers too.
  expect(res.headers()['x-content-type-options'], `${what} without its security headers`).toBe('nosniff')
}

let admin: { authorization: string } | undefined
const storedFor = async (request: APIRequestContext, email: string) => {
  admin ??= await loginAsAdmin(request)
  const res = await request.get(`/api/inquiries?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: admin })
  expect(res.ok()).toBe(true)
  return ((await res.json()) as { docs: Record<string, unknown>[] }).docs
}

// Text as people (and scripts) type it: any language, emoji, markup, quotes, line breaks, control
// characters and right-to-left marks, sometimes far too long.
const wild = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('a', 'Я', '中', 'ب', ' ', '\n', '\r\n', '\t', '<', '>', '"', "'", '&', '%', '\\', '\u0000', '\u0007', '\u202e', '\u200b', '🙂'), maxLength: 80 }),
  fc.constantFrom('', ' ', '<script>alert(1)</script>', "'; DROP TABLE inquiries; --", '{{7*7}}', '${7*7}', '%00', '../../etc/passwd'),
  fc.string({ minLength: 4001, maxLength: 4100 }),
)
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
/** Mostly a valid answer, sometimes anything: enough cases get through to check what is stored. */
const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: other, weight: 1 })
// Valid free text of any script, with markup, quotes and line breaks (kept as typed).
const prose = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0)

const inquiry = fc.record({
  locale: fc.constantFrom(...LOCALES),
  localeField: mostly(fc.constantFrom(...LOCALES), wild),
  name: mostly(prose, wild),
  emailOk: mostly(fc.constant(true), fc.constant(false)),
  emailJunk: wild,
  phone: maybe(mostly(fc.constantFrom('+7 701 234 5678', '8 (702) 123-45-67'), wild)),
  country: maybe(mostly(fc.constantFrom('KZ', 'MN', 'RU'), fc.oneof(fc.constantFrom('kz', 'ZZZ'), wild))),
  preferredLanguage: mostly(fc.constantFrom('en', 'ru', 'zh', 'ar', 'kk', 'mn'), wild),
  patientAge: maybe(mostly(fc.integer({ min: 0, max: 120 }).map(String), fc.oneof(fc.integer({ min: -5, max: 200 }).map(String), wild))),
  diagnosis: mostly(prose, wild),
  treatmentSoFar: maybe(mostly(prose, wild)),
  message: maybe(mostly(prose, wild)),
  therapy: maybe(fc.oneof(fc.integer({ min: 100000, max: 1e6 }).map(String), wild)),
  consent: mostly(fc.constant('yes'), fc.constantFrom('no', '', 'YES')),
  transferConsent: mostly(fc.constant('yes'), fc.constantFrom('no', '', 'YES')),
  fileName: maybe(fc.oneof(fc.constant('scan.pdf'), wild, fc.constantFrom('../../../x.pdf', 'con.pdf', 'a'.repeat(300) + '.pdf', 'файл.pdf', '报告.pdf'))),
  fileBytes: mostly<'pdf' | Uint8Array>(fc.constant('pdf'), fc.uint8Array({ maxLength: 2048 })),
})

const FIELDS = ['name', 'phone', 'country', 'preferredLanguage', 'patientAge', 'diagnosis', 'treatmentSoFar', 'message', 'therapy', 'consent', 'transferConsent'] as const
/** What the form keeps of a field: line endings as \n, outer whitespace trimmed (schema.ts). */
const asStored = (value: string | undefined) => value?.replace(/\r\n?/g, '\n').trim() || undefined

test('the inquiry form, posted without JavaScript with any fields and files: stored exactly as sent, or refused with nothing stored', async ({ request }) => {
  test.setTimeout(120_000)
  const pages = new Map<string, [string, string][]>()
  for (const locale of LOCALES) pages.set(locale, hiddenFormFields(await (await request.get(`/${locale}/contact`)).text()))
  let stored = 0
  await fc.assert(
    fc.asyncProperty(inquiry, async (input) => {
      const email = input.emailOk ? `prop-${run}-${(clients += 1)}@patient.test` : input.emailJunk
      // Built as a browser builds it (FormData), so names and values travel exactly as typed.
      const multipart = new FormData()
      const fields: [string, string][] = [...pages.get(input.locale)!.filter(([name]) => name !== 'locale'), ['locale', input.localeField], ['email', email]]
      for (const field of FIELDS) if (input[field] !== undefined) fields.push([field, input[field]!])
      for (const [name, value] of fields) multipart.append(name, value)
      if (input.fileName !== undefined) {
        const bytes = input.fileBytes === 'pdf' ? new Uint8Array(makePdf()) : new Uint8Array(input.fileBytes)
        // A browser escapes these in a file name (WHATWG multipart encoding); a raw quote is a
        // malformed body, which the multipart property below sends on purpose.
        const name = input.fileName.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
        multipart.append('records', new Blob([bytes], { type: 'application/pdf' }), name)
      }
      // Each case from its own address: the form's rate limit is not what is being tested here.
      const headers = { 'x-forwarded-for': `203.0.113.${clients % 250}`, 'x-real-ip': `203.0.113.${clients % 250}` }
      const res = await request.post(`/${input.locale}/contact`, { multipart, headers, maxRedirects: 0 })
      await expectSane(res, `POST /${input.locale}/contact`)
      const docs = input.emailOk ? await storedFor(request, email) : []
      if (res.status() === 303) {
        expect(res.headers().location).toMatch(/\/contact\/sent(\?ref=CC-|$)/)
        if (!input.emailOk) return
        expect(docs).toHaveLength(1)
        stored++
        const doc = docs[0]!
        for (const field of ['name', 'phone', 'country', 'preferredLanguage', 'diagnosis', 'treatmentSoFar', 'message'] as const) {
          expect(doc[field] ?? undefined, field).toBe(asStored(input[field]))
        }
        if (input.patientAge !== undefined) expect(doc.patientAge).toBe(Number(asStored(input.patientAge)))
        expect(doc.records as unknown[]).toHaveLength(input.fileName === undefined ? 0 : 1)
      } else {
        // Refused: the form again with its errors (200, as a browser without JavaScript needs), or a 4xx.
        expect([200, 400, 404, 405, 413, 415, 422, 429]).toContain(res.status())
        expect(docs).toHaveLength(0)
      }
    }),
    runs(40),
  )
  // The property means little if nothing ever got through: a few cases must have been stored.
  expect(stored).toBeGreaterThan(0)
})

test('public pages with any locale, slug and query string: a page or a 4xx, never a 5xx or a stack trace', async ({ request }) => {
  test.setTimeout(90_000)
  const segment = fc.oneof(
    fc.constantFrom(...LOCALES, 'xx', 'EN', 'zh-CN', '..', '%2e%2e', '%00', '%E0%A4%A', '%', '~'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encodeURIComponent),
    fc.webSegment(),
  )
  const section = fc.constantFrom('', 'hospitals', 'therapies', 'stories', 'conditions', 'contact', 'contact/sent', 'og', 'r')
  const query = fc.oneof(fc.constant(''), fc.webQueryParameters(), fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })).map((d) => new URLSearchParams(d).toString()))
  await fc.assert(
    // The first segment is never empty: "//r/…" would name another host, not a path of ours.
    fc.asyncProperty(segment.filter((s) => s.length > 0), section, segment, query, async (locale, where, slug, q) => {
      const url = `/${locale}/${where ? `${where}/` : ''}${slug}${q ? `?${q}` : ''}`
      const res = await request.get(url, { maxRedirects: 0 })
      await expectSane(res, `GET ${url}`)
    }),
    runs(60),
  )
})

test('malformed multipart and server-action posts: a 4xx or the page, never a 5xx or a stack trace', async ({ request }) => {
  test.setTimeout(90_000)
  const [[actionField]] = [hiddenFormFields(await (await request.get('/en/contact')).text())]
  const body = fc.oneof(
    fc.uint8Array({ maxLength: 1024 }).map((bytes) => Buffer.from(bytes)),
    fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 200 })).map(([name, value]) =>
      Buffer.from(`--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--b--\r\n`),
    ),
    fc.string({ unit: 'grapheme', maxLength: 200 }).map((value) => Buffer.from(`--b\r\nContent-Disposition: form-data; name="records"; filename="${value}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b`)),
  )
  const contentType = fc.constantFrom('multipart/form-data; boundary=b', 'multipart/form-data', 'multipart/form-data; boundary=', 'application/x-www-form-urlencoded', 'text/plain;charset=UTF-8', 'application/json')
  const action = fc.oneof(fc.constant(undefined), fc.constant('0'.repeat(42)), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 1, maxLength: 50 }), fc.string({ maxLength: 20 }))
  await fc.assert(
    fc.asyncProperty(body, contentType, action, fc.boolean(), async (data, type, actionId, withActionField) => {
      const headers: Record<string, string> = { 'content-type': type, 'x-forwarded-for': `198.18.0.${(clients += 1) % 250}` }
      if (actionId !== undefined) headers['next-action'] = actionId
      const prefix = withActionField && actionField ? Buffer.from(`--b\r\nContent-Disposition: form-data; name="${actionField[0]}"\r\n\r\n${actionField[1]}\r\n`) : Buffer.alloc(0)
      const res = await request.post('/en/contact', { data: Buffer.concat([prefix, data]), headers, maxRedirects: 0 })
      await expectSane(res, `POST /en/contact (${type}, action ${actionId ?? 'none'})`)
    }),
    runs(40),
  )
})
