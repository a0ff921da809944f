import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { InquiryValues } from '@/lib/inquiries/schema'
import { submitInquiry, type SubmitInput } from '@/lib/inquiries/submit'
import { createActor, type Actor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/** Free text an outsider submits is stored only as printable text, and a page path only as a path on this site. */
let payload: Payload
let api: { url: string; close: () => Promise<void> }
let agent: Actor

const valid = (overrides: InquiryValues = {}): InquiryValues => ({
  name: 'Aigerim Sadykova',
  email: 'aigerim@patient.test',
  preferredLanguage: 'ru',
  diagnosis: 'B-ALL, second relapse',
  consent: 'yes',
  transferConsent: 'yes',
  ...overrides,
})
const send = (input: Partial<SubmitInput> = {}) => submitInquiry(payload, { values: valid(), files: [], locale: 'ru', ...input })
let sent = 0
const CONTROL_NAMES = ['\u0000\u0001\u0002', '\u001b[31mAdmin', 'Ivan\u0007', '\u202eenilno', '\u200b\u200b\u200b', 'Ivan\nPetrov', '\u0085']

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  await createActor(payload, api.url, 'admin')
  agent = await createActor(payload, api.url, 'agent')
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('the inquiry form', () => {
  it.each(CONTROL_NAMES)('refuses a name made of (or with) control or invisible characters: %j', async (name) => {
    const before = (await payload.count({ collection: 'inquiries' })).totalDocs
    const result = await send({ values: valid({ name, email: `n${before}@patient.test` }) })
    expect(result).toMatchObject({ status: 'invalid', errors: { name: 'text' } })
    expect((await payload.count({ collection: 'inquiries' })).totalDocs).toBe(before)
  })

  it('refuses control characters in the clinical text, but keeps line breaks', async () => {
    expect(await send({ values: valid({ diagnosis: 'AML\u0000' }) })).toMatchObject({ status: 'invalid', errors: { diagnosis: 'text' } })
    const ok = await send({ values: valid({ message: 'Line one\nLine two\tand a tab', email: 'lines@patient.test' }) })
    expect(ok.status).toBe('sent')
  })

  it.each(['//evil.example', '//evil.example/ru', '/\\evil.example', 'https://evil.example/', '/ru/\u0000x', ' /ru', 'javascript:alert(1)'])(
    'stores no source page for %j',
    async (sourcePage) => {
      const result = await send({ values: valid({ email: `src-${(sent += 1)}@patient.test` }), sourcePage })
      expect(result.status).toBe('sent')
      if (result.status !== 'sent') return
      const stored = await payload.findByID({ collection: 'inquiries', id: result.inquiryId, depth: 0 })
      expect(stored.sourcePage ?? null).toBeNull()
    },
  )

  it('keeps a same-site path', async () => {
    const result = await send({ values: valid({ email: 'path@patient.test' }), sourcePage: '/ru/therapies/car-t?from=share' })
    if (result.status !== 'sent') throw new Error(result.status)
    expect((await payload.findByID({ collection: 'inquiries', id: result.inquiryId, depth: 0 })).sourcePage).toBe('/ru/therapies/car-t?from=share')
  })
})

describe('the API (an agent filing an inquiry, a user naming themselves)', () => {
  const post = (body: object, lang = 'en') =>
    fetch(`${api.url}/api/inquiries`, { method: 'POST', headers: { ...agent.headers, 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify(body) })
  const inquiry = { email: 'family@example.org', preferredLanguage: 'ru', diagnosis: 'AML', consent: { given: true } }

  it('refuses a control-character name and a foreign source page, in the caller’s language, storing nothing', async () => {
    const before = (await payload.count({ collection: 'inquiries' })).totalDocs
    const res = await post({ ...inquiry, name: '\u0000\u0001' }, 'ru')
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/печатаемый текст/)
    expect((await post({ ...inquiry, name: 'Ivan', sourcePage: '//evil.example' })).status).toBe(400)
    expect((await post({ ...inquiry, name: 'Ivan', diagnosis: 'AML\u001b[2J' })).status).toBe(400)
    expect((await payload.count({ collection: 'inquiries' })).totalDocs).toBe(before)
    expect((await post({ ...inquiry, name: 'Иван Петров', sourcePage: '/ru/stories/x' })).status).toBe(201)
  })

  it("refuses a display name made of control characters on a user's own account", async () => {
    // The name it had (filled from the e-mail address when the account was made) stays.
    const before = (await payload.findByID({ collection: 'users', id: agent.user!.id })).displayName
    expect(before).toBeTruthy()
    const res = await fetch(`${api.url}/api/users/${agent.user!.id}`, {
      method: 'PATCH',
      headers: { ...agent.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: '\u0000\u202e' }),
    })
    expect(res.status).toBe(400)
    expect((await payload.findByID({ collection: 'users', id: agent.user!.id })).displayName).toBe(before)
  })
})
