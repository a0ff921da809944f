import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Department, Hospital, Source } from '@/payload-types'
import { createActor, visitor, type Actor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * The doctors collection: written by editors, read by visitors only when published, and never
 * holding a fact without its source or a department of another hospital.
 */
let payload: Payload
let api: { url: string; close: () => Promise<void> }
let editor: Actor
let coordinator: Actor
let source: Source
let hospital: Hospital
let otherHospital: Hospital
let department: Department

const http = (actor: Actor, path: string, init: RequestInit = {}) =>
  fetch(`${api.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...actor.headers, ...(init.headers as Record<string, string>) } })
const hospitalData = (slug: string) => ({ name: slug, slug, city: 'Chengdu', kind: 'general', summary: 'A test.', _status: 'published' }) as const
const doctor = (extra: Record<string, unknown> = {}) => ({
  name: 'Test Doctor',
  slug: `test-doctor-${Math.random().toString(36).slice(2, 8)}`,
  hospital: hospital.id,
  department: department.id,
  facts: [{ text: 'Named on the division page as a professor.', source: source.id }],
  _status: 'published',
  ...extra,
})

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  await createActor(payload, api.url, 'admin')
  editor = await createActor(payload, api.url, 'editor')
  coordinator = await createActor(payload, api.url, 'coordinator')
  source = await payload.create({ collection: 'sources', data: { title: 'Division page', slug: 'division-page', publisher: 'A hospital', kind: 'hospitalPage' } })
  hospital = await payload.create({ collection: 'hospitals', data: hospitalData('doctor-hospital') })
  otherHospital = await payload.create({ collection: 'hospitals', data: hospitalData('other-hospital') })
  department = await payload.create({
    collection: 'departments',
    data: { name: 'Paediatrics', slug: 'paediatrics', hospital: hospital.id, summary: 'A test.', _status: 'published' },
  })
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('doctors', () => {
  it('an editor publishes a doctor; visitors read it, not a draft; a coordinator cannot write one', async () => {
    const created = await http(editor, '/api/doctors', { method: 'POST', body: JSON.stringify(doctor()) })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    expect((await http(visitor, `/api/doctors/${doc.id}`)).status).toBe(200)
    const draft = await http(editor, '/api/doctors?draft=true', { method: 'POST', body: JSON.stringify(doctor({ _status: 'draft' })) })
    const { doc: draftDoc } = (await draft.json()) as { doc: { id: number } }
    expect((await http(visitor, `/api/doctors/${draftDoc.id}`)).status).toBe(404)
    expect((await http(coordinator, '/api/doctors', { method: 'POST', body: JSON.stringify(doctor()) })).status).toBe(403)
    expect((await http(visitor, '/api/doctors', { method: 'POST', body: JSON.stringify(doctor()) })).status).toBe(403)
  })

  it('refuses a fact without its source, in the caller’s language, storing nothing', async () => {
    const before = await payload.count({ collection: 'doctors' })
    const res = await http(editor, '/api/doctors', {
      method: 'POST',
      headers: { 'accept-language': 'zh' },
      body: JSON.stringify(doctor({ facts: [{ text: 'A fact with no source.' }] })),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/[\u4e00-\u9fff]/)
    expect(await payload.count({ collection: 'doctors' })).toEqual(before)
  })

  it('refuses profile facts (title, languages) without the source they come from', async () => {
    const res = await http(editor, '/api/doctors', { method: 'POST', body: JSON.stringify(doctor({ academicTitle: 'professor', languages: ['en'] })) })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/need a source/)
    const ok = await http(editor, '/api/doctors', { method: 'POST', body: JSON.stringify(doctor({ academicTitle: 'professor', factsSource: source.id })) })
    expect(ok.status).toBe(201)
    // Empty lists, as the admin sends them for a doctor with only sourced facts, need no source.
    const empty = await http(editor, '/api/doctors', { method: 'POST', body: JSON.stringify(doctor({ languages: [], specialties: [], conditions: [] })) })
    expect(empty.status).toBe(201)
  })

  it('refuses a department of another hospital, with a translated message', async () => {
    const res = await http(editor, '/api/doctors', {
      method: 'POST',
      headers: { 'accept-language': 'ru' },
      body: JSON.stringify(doctor({ hospital: otherHospital.id })),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Отделение должно относиться к больнице')
  })
})
