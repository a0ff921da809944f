import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActor, type Actor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'
import { recipients, smtpEnv, startMailbox, type Mailbox } from '../helpers/smtp'

/**
 * Sign-in and password reset as an attacker tries them, over HTTP. Clients are told apart by the
 * forwarding header of a trusted proxy (the test server's peer is 127.0.0.1).
 */
let payload: Payload
let api: { url: string; close: () => Promise<void> }
let mailbox: Mailbox
let admin: Actor
const PASSWORD = 'a-long-test-password-123'
const ADMIN = 'admin@test.example'

const login = (email: string, password: string, client: string, lang = 'en') =>
  fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, 'accept-language': lang },
    body: JSON.stringify({ email, password }),
  })
const forgot = (email: string, client: string) =>
  fetch(`${api.url}/api/users/forgot-password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ email }),
  })
const timed = async (run: () => Promise<Response>) => {
  const start = performance.now()
  const res = await run()
  const body = await res.text()
  return { status: res.status, body, ms: performance.now() - start }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

beforeAll(async () => {
  mailbox = await startMailbox()
  // A small per-address limit keeps the test quick: every unknown e-mail costs a full password hash.
  Object.assign(process.env, smtpEnv(mailbox.port), { TRUSTED_PROXIES: '127.0.0.1,::1', LOGIN_FAILURES_PER_CLIENT: '8' })
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  admin = await createActor(payload, api.url, 'admin', ADMIN)
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await mailbox?.close()
})

describe('sign-in', () => {
  it("cannot be turned against the admin: an attacker's failures lock the account for the attacker's address only", async () => {
    for (let i = 0; i < 5; i += 1) expect((await login(ADMIN, `wrong-${i}`, '203.0.113.7')).status).toBe(401)
    const stopped = await login(ADMIN, PASSWORD, '203.0.113.7', 'ru')
    expect(stopped.status).toBe(429)
    expect(JSON.stringify(await stopped.json())).toMatch(/Слишком много неудачных попыток входа/)
    // The admin, from their own address, signs in as usual; the account itself was never locked.
    expect((await login(ADMIN, PASSWORD, '198.51.100.20')).status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: admin.user!.id, showHiddenFields: true })
    expect((stored as { lockUntil?: string | null }).lockUntil ?? null).toBeNull()
  })

  it('stops an address that guesses across many accounts, before any account lock, for known and unknown e-mails alike', async () => {
    const client = '203.0.113.8'
    const answers: number[] = []
    for (let i = 0; i < 10; i += 1) answers.push((await login(`nobody-${i}@test.example`, 'guess', client)).status)
    expect(answers.slice(0, 8).every((status) => status === 401)).toBe(true)
    expect(answers.slice(8)).toEqual([429, 429])
    // Now even the right password for a real account is refused from there.
    expect((await login(ADMIN, PASSWORD, client)).status).toBe(429)
    expect((await login(ADMIN, PASSWORD, '198.51.100.21')).status).toBe(200)
  }, 180_000)

  it('answers an unknown e-mail as it answers a known one with a wrong password: same status, same text, comparable time', async () => {
    const known: number[] = []
    const unknown: number[] = []
    let knownBody = ''
    let unknownBody = ''
    for (let i = 0; i < 3; i += 1) {
      const a = await timed(() => login(ADMIN, 'not-the-password', `192.0.2.${10 + i}`))
      const b = await timed(() => login(`stranger-${i}@test.example`, 'not-the-password', `192.0.2.${20 + i}`))
      expect([a.status, b.status]).toEqual([401, 401])
      known.push(a.ms)
      unknown.push(b.ms)
      knownBody = a.body
      unknownBody = b.body
    }
    expect(unknownBody).toBe(knownBody)
    // Payload answered an unknown address about 20 times faster; a busy machine gets a wide margin.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4)
  }, 180_000)
})

describe('password reset', () => {
  it('works on SQLite, answers the same for known and unknown addresses, and mails the link to the account only', async () => {
    const known = await forgot(ADMIN, '192.0.2.50')
    const unknown = await forgot('nobody-here@test.example', '192.0.2.51')
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(await unknown.text()).toBe(await known.text())
    const [mail] = await mailbox.waitFor(1)
    expect(mail).toBeDefined()
    expect(recipients(mail!)).toEqual([ADMIN])
    const stored = await payload.find({ collection: 'users', where: { email: { equals: ADMIN } }, showHiddenFields: true })
    const token = (stored.docs[0] as { resetPasswordToken?: string }).resetPasswordToken
    expect(token).toBeTruthy()
    expect(mail!.html || mail!.text).toContain(token!)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailbox.mails).toHaveLength(1)
  })

  it('limits how many reset mails one address can ask for', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) statuses.push((await forgot(`someone-${i}@test.example`, '192.0.2.60')).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
  })
})
