import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { makePdf } from '../helpers/files'
import { ADMIN, E2E_MAIL_DIR, E2E_URL } from './env'

/**
 * Issue 9's access holes tried against the production build as an attacker would, with plain HTTP
 * requests (no cookies kept between them): forged document locks, records linked to an inquiry,
 * story consent fields, malformed REST requests, password reset, short-link visit inflation and
 * sign-in answers. The unit-level variants are in tests/int.
 */
const run = Date.now().toString(36)
const PASSWORD = 'hardening-password-123'
type Auth = { authorization: string }

const api = (pathname: string, init: RequestInit & { auth?: Auth } = {}) =>
  fetch(`${E2E_URL}${pathname}`, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.body && typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}), ...init.auth, ...(init.headers as Record<string, string>) },
  })
/** Signs in, and checks the session held: see tests/e2e/session.ts for why it may not. */
const login = async (email: string, password: string): Promise<Auth> => {
  let status = 0
  for (let attempt = 0; attempt < 4; attempt++) {
    const res = await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password }) })
    status = res.status
    if (res.ok) {
      const auth = { authorization: `JWT ${((await res.json()) as { token: string }).token}` }
      await new Promise((resolve) => setTimeout(resolve, 1000))
      if (((await (await api('/api/users/me', { auth })).json()) as { user?: unknown }).user) return auth
    } else await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`could not keep a session for ${email} (last answer ${status})`)
}
const account = async (admin: Auth, role: string) => {
  const email = `${role}-${run}-${Math.random().toString(36).slice(2, 8)}@e2e.example`
  const res = await api('/api/users', { method: 'POST', auth: admin, body: JSON.stringify({ email, password: PASSWORD, roles: [role] }) })
  expect(res.status).toBe(201)
  const { doc } = (await res.json()) as { doc: { id: number } }
  return { id: doc.id, email, auth: await login(email, PASSWORD) }
}

test('an agent cannot forge a lock that blocks a coordinator, nor attach stored medical records to an inquiry', async () => {
  const admin = await login(ADMIN.email, ADMIN.password)
  const agent = await account(admin, 'agent')
  const coordinator = await account(admin, 'coordinator')

  const pdf = makePdf()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'scan.pdf')
  form.append('_payload', JSON.stringify({}))
  const upload = await api('/api/medical-records', { method: 'POST', auth: coordinator.auth, body: form })
  expect(upload.status).toBe(201)
  const record = ((await upload.json()) as { doc: { id: number } }).doc

  const inquiry = { name: 'Patient P.', email: 'family@example.org', preferredLanguage: 'ru', diagnosis: 'AML', consent: { given: true } }
  const created = await api('/api/inquiries', { method: 'POST', auth: agent.auth, body: JSON.stringify({ ...inquiry, records: [record.id] }) })
  expect(created.status).toBe(201)
  const inquiryId = ((await created.json()) as { doc: { id: number } }).doc.id
  const stored = (await (await api(`/api/inquiries/${inquiryId}?depth=0`, { auth: coordinator.auth })).json()) as { records?: unknown[] }
  expect(stored.records ?? []).toEqual([])

  const forged = await api('/api/payload-locked-documents', {
    method: 'POST',
    auth: agent.auth,
    body: JSON.stringify({ document: { relationTo: 'inquiries', value: inquiryId }, user: { relationTo: 'users', value: coordinator.id } }),
  })
  expect(forged.status).toBe(403)
  const locks = (await (await api('/api/payload-locked-documents?limit=100', { auth: agent.auth })).json()) as { docs?: unknown[] }
  expect(locks.docs ?? []).toEqual([])
  const save = await api(`/api/inquiries/${inquiryId}`, { method: 'PATCH', auth: coordinator.auth, body: JSON.stringify({ internalNotes: 'Called the family.' }) })
  expect(save.status).toBe(200)

  const badName = await api('/api/inquiries', { method: 'POST', auth: agent.auth, body: JSON.stringify({ ...inquiry, name: '\u0000\u0001', sourcePage: '//evil.example' }) })
  expect(badName.status).toBe(400)
})

test("the public never sees who consented to a story, when, or the reference, and malformed REST requests are 4xx", async () => {
  for (const pathname of ['/api/stories?depth=2', '/api/stories?select[consent]=true', '/api/stories/versions']) {
    const res = await api(pathname)
    expect(res.status, pathname).toBeLessThan(500)
    expect(await res.text(), pathname).not.toMatch(/"givenBy"|"consent":\{/)
  }
  for (const pathname of ['/api/hospitals/abc', '/api/media/file/missing.jpg', '/api/globals/site-settings/versions', '/api/hospitals?where[createdAt][greater_than]=x', '/api/hospitals?where=abc']) {
    const res = await api(pathname)
    expect(res.status, pathname).toBeGreaterThanOrEqual(400)
    expect(res.status, pathname).toBeLessThan(500)
  }
})

test('password reset answers the same for known and unknown addresses and mails the account', async () => {
  const admin = await login(ADMIN.email, ADMIN.password)
  const editor = await account(admin, 'editor')
  const known = await api('/api/users/forgot-password', { method: 'POST', body: JSON.stringify({ email: editor.email }) })
  const unknown = await api('/api/users/forgot-password', { method: 'POST', body: JSON.stringify({ email: `nobody-${run}@e2e.example` }) })
  expect([known.status, unknown.status]).toEqual([200, 200])
  expect(await unknown.text()).toBe(await known.text())
  await expect
    .poll(() => readdirSync(E2E_MAIL_DIR).some((file) => (JSON.parse(readFileSync(path.join(E2E_MAIL_DIR, file), 'utf8')) as { to: string[] }).to.includes(editor.email)))
    .toBe(true)
})

test('a short link opened 30 times without cookies counts one visit; a chat-app preview counts none', async () => {
  const admin = await login(ADMIN.email, ADMIN.password)
  const agent = await account(admin, 'agent')
  const { docs } = (await (await api('/api/therapies?limit=1&depth=0')).json()) as { docs: { id: number }[] }
  const made = await api('/api/agent-links', { method: 'POST', auth: agent.auth, body: JSON.stringify({ target: { relationTo: 'therapies', value: docs[0]!.id }, locale: 'en' }) })
  expect(made.status).toBe(201)
  const link = ((await made.json()) as { doc: { id: number; code: string } }).doc
  for (let i = 0; i < 30; i += 1) expect((await api(`/r/${link.code}`)).status).toBe(302)
  for (const ua of ['WhatsApp/2.23.20.0 A', 'TelegramBot (like TwitterBot)', 'facebookexternalhit/1.1']) {
    expect((await api(`/r/${link.code}`, { headers: { 'user-agent': ua } })).status).toBe(302)
  }
  const visits = (await (await api(`/api/link-visits?where[link][equals]=${link.id}&limit=100`, { auth: admin })).json()) as { totalDocs: number }
  expect(visits.totalDocs).toBe(1)
})

test('sign-in answers an unknown e-mail as a known one with a wrong password: same text, comparable time', async () => {
  const admin = await login(ADMIN.email, ADMIN.password)
  const agent = await account(admin, 'agent')
  const attempt = async (email: string) => {
    const start = performance.now()
    const res = await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password: 'not-the-password' }) })
    return { status: res.status, body: await res.text(), ms: performance.now() - start }
  }
  const known = [await attempt(agent.email), await attempt(agent.email)]
  const unknown = [await attempt(`nobody-${run}@e2e.example`), await attempt(`nobody-else-${run}@e2e.example`)]
  expect([...known, ...unknown].map((answer) => answer.status)).toEqual([401, 401, 401, 401])
  expect(unknown[0]!.body).toBe(known[0]!.body)
  const fastest = (answers: { ms: number }[]) => Math.min(...answers.map((answer) => answer.ms))
  // Payload answered an unknown address about 20 times faster; the margin allows for a busy machine.
  expect(fastest(unknown)).toBeGreaterThan(fastest(known) * 0.4)
})
