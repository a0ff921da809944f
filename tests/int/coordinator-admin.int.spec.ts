import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitInquiry } from '@/lib/inquiries/submit'
import type { Inquiry, MedicalRecord, User } from '@/payload-types'
import { createActor, type Actor } from '../helpers/actors'
import { makePdf } from '../helpers/files'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * What a coordinator found when working cases in the admin (issue 13), checked at the API the admin
 * uses: the accounts a case names are readable by name (and nothing more), the patient's own data
 * and consents cannot be rewritten, and medical records keep the name the patient's file had.
 */
let payload: Payload
let api: { url: string; close: () => Promise<void> }
let admin: Actor
let coordinator: Actor
let otherCoordinator: Actor
let agent: Actor
let editor: Actor
let inquiry: Inquiry

const http = (actor: Actor, path: string, init: RequestInit = {}) =>
  fetch(`${api.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...actor.headers, ...(init.headers as Record<string, string>) } })

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  admin = await createActor(payload, api.url, 'admin')
  coordinator = await createActor(payload, api.url, 'coordinator')
  otherCoordinator = await createActor(payload, api.url, 'coordinator', 'coordinator-b@test.example')
  agent = await createActor(payload, api.url, 'agent')
  editor = await createActor(payload, api.url, 'editor')
  await payload.update({ collection: 'users', id: agent.user!.id, data: { displayName: 'Agent Aliya' } })
  const result = await submitInquiry(payload, {
    values: {
      name: 'Aigerim Sadykova',
      email: 'aigerim@patient.test',
      country: 'KZ',
      preferredLanguage: 'ru',
      diagnosis: 'B-ALL, second relapse',
      consent: 'yes',
      transferConsent: 'yes',
    },
    files: [{ name: 'C:\\scans\\bone-marrow‮fdp.exe-biopsy.pdf', bytes: makePdf() }],
    locale: 'ru',
  })
  if (result.status !== 'sent') throw new Error(`inquiry not sent: ${JSON.stringify(result)}`)
  inquiry = await payload.update({ collection: 'inquiries', id: result.inquiryId, data: { agent: agent.user!.id }, depth: 0 })
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('accounts a case names', () => {
  it('a coordinator reads the referring agent and every coordinator and admin by name, without their e-mail or referral code', async () => {
    const res = await http(coordinator, `/api/inquiries/${inquiry.id}?depth=1`)
    const doc = (await res.json()) as { agent: User }
    expect(doc.agent.displayName).toBe('Agent Aliya')
    expect(doc.agent.email).toBeUndefined()
    expect(doc.agent.referralCode).toBeUndefined()
    // What the "Assigned coordinator" picker asks for (its filterOptions): everyone who can work a case.
    const list = (await (await http(coordinator, '/api/users?where[roles][in]=coordinator,admin&limit=50')).json()) as { docs: User[] }
    expect(list.docs.map((user) => user.id).sort()).toEqual([admin.user!.id, coordinator.user!.id, otherCoordinator.user!.id].sort())
    expect(list.docs.find((user) => user.id === coordinator.user!.id)?.email).toBe('coordinator@test.example')
    expect(list.docs.find((user) => user.id === otherCoordinator.user!.id)?.email).toBeUndefined()
  })

  it('a coordinator assigns a case to another coordinator', async () => {
    const res = await http(coordinator, `/api/inquiries/${inquiry.id}`, { method: 'PATCH', body: JSON.stringify({ coordinator: otherCoordinator.user!.id }) })
    expect(res.status).toBe(200)
    expect((await payload.findByID({ collection: 'inquiries', id: inquiry.id, depth: 0 })).coordinator).toBe(otherCoordinator.user!.id)
  })

  it('agents and editors still read only their own account', async () => {
    for (const actor of [agent, editor]) {
      const { docs } = (await (await http(actor, '/api/users?limit=50')).json()) as { docs: User[] }
      expect(docs.map((user) => user.id)).toEqual([actor.user!.id])
      expect((await http(actor, `/api/users/${coordinator.user!.id}`)).status).toBe(404)
    }
  })

  it('a coordinator does not read editors’ accounts, nor find a colleague by e-mail address', async () => {
    expect((await http(coordinator, `/api/users/${editor.user!.id}`)).status).toBe(404)
    const res = await http(coordinator, `/api/users?where[email][equals]=${encodeURIComponent('coordinator-b@test.example')}`)
    // Payload refuses a query on a field the user cannot read; it never filters by it.
    expect(res.status).toBe(400)
  })

  it('an account saved without a display name is named after its e-mail address', async () => {
    const created = await payload.create({ collection: 'users', data: { email: 'li.wei@test.example', password: 'a-long-test-password-123', roles: ['agent'] } })
    expect(created.displayName).toBe('li.wei')
  })
})

describe("the patient's data and consents are read-only", () => {
  it.each([
    ['an admin', () => admin],
    ['a coordinator', () => coordinator],
  ])('%s cannot rewrite what the patient sent, through the API (the case itself still moves)', async (_who, actor) => {
    const res = await http(actor(), `/api/inquiries/${inquiry.id}`, {
      method: 'PATCH',
      body: JSON.stringify({
        name: 'Someone Else',
        email: 'else@example.org',
        country: 'RU',
        diagnosis: 'changed',
        consent: { given: false, version: 'forged', at: '2020-01-01T00:00:00.000Z' },
        transferConsent: { given: false },
        status: 'contacted',
        internalNotes: 'The family spells the name Sadykova-Ali (correction).',
      }),
    })
    expect(res.status).toBe(200)
    const stored = await payload.findByID({ collection: 'inquiries', id: inquiry.id, depth: 0 })
    expect([stored.name, stored.email, stored.country, stored.diagnosis]).toEqual(['Aigerim Sadykova', 'aigerim@patient.test', 'KZ', 'B-ALL, second relapse'])
    expect(stored.consent).toMatchObject({ given: true, version: inquiry.consent.version, at: inquiry.consent.at })
    expect(stored.transferConsent?.given).toBe(true)
    expect(stored.status).toBe('contacted')
    expect(stored.internalNotes).toMatch(/correction/)
  })

  it('an unknown country code is refused with a translated message, and nothing is stored', async () => {
    const before = await payload.count({ collection: 'inquiries' })
    const body = { name: 'P. P.', email: 'p@example.org', country: 'QQ', preferredLanguage: 'ru', consent: { given: true }, transferConsent: { given: true } }
    const res = await http(coordinator, '/api/inquiries', { method: 'POST', body: JSON.stringify(body), headers: { 'accept-language': 'ru' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/[А-Яа-я]{4}/)
    expect(await payload.count({ collection: 'inquiries' })).toEqual(before)
    const form = await submitInquiry(payload, { values: { name: 'P. P.', email: 'p@example.org', country: 'QQ', preferredLanguage: 'ru', diagnosis: 'x', consent: 'yes', transferConsent: 'yes' }, files: [], locale: 'ru' })
    expect(form).toMatchObject({ status: 'invalid', errors: { country: 'country' } })
  })
})

describe('medical records', () => {
  it('keep the name the file was sent with (last path part, no bidi controls) and are stored under a random one', async () => {
    const [id] = inquiry.records as number[]
    const record = (await (await http(coordinator, `/api/medical-records/${id}?depth=0`)).json()) as MedicalRecord
    expect(record.originalName).toBe('bone-marrowfdp.exe-biopsy.pdf')
    expect(record.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
  })

  it('link back to the inquiry they came with', async () => {
    const [id] = inquiry.records as number[]
    const record = (await (await http(coordinator, `/api/medical-records/${id}?depth=1`)).json()) as MedicalRecord
    expect(record.inquiry?.docs?.map((doc) => (typeof doc === 'object' ? doc.reference : doc))).toEqual([inquiry.reference])
  })

  it('uploaded by a coordinator in the admin also keep their original name', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(makePdf())], { type: 'application/pdf' }), 'discharge-summary.pdf')
    form.append('_payload', JSON.stringify({ originalName: 'forged.pdf' }))
    const res = await fetch(`${api.url}/api/medical-records`, { method: 'POST', body: form, headers: coordinator.headers })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: MedicalRecord }
    expect(doc.originalName).toBe('discharge-summary.pdf')
    expect(doc.filename).not.toMatch(/discharge/)
  })
})
