import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Story } from '@/payload-types'
import { createActor, type Actor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let api: { url: string; close: () => Promise<void> }
let editor: Actor
let base: Omit<Story, 'id' | 'createdAt' | 'updatedAt' | 'slug' | 'consent'>
let n = 0

const story = (extra: Partial<Story> = {}) => {
  n += 1
  return { ...base, slug: `story-${n}`, ...extra }
}
const post = (body: unknown, lang = 'en', query = '') =>
  fetch(`${api.url}/api/stories${query}`, {
    method: 'POST',
    headers: { ...editor.headers, 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  await createActor(payload, api.url, 'admin')
  editor = await createActor(payload, api.url, 'editor')
  const condition = await payload.create({ collection: 'conditions', data: { name: 'ALL', slug: 'all' } })
  const therapy = await payload.create({ collection: 'therapies', data: { name: 'CAR-T', slug: 'car-t', category: 'cellTherapy', summary: 'x', _status: 'published' } })
  base = {
    title: 'Back on the court',
    patientAlias: 'H.',
    ageGroup: 'teen',
    homeCountry: 'CN',
    condition: condition.id,
    therapy: therapy.id,
    outcome: { summary: 'No detectable leukaemia seven months on.' },
    kind: 'realAccount',
  }
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('a real account needs a consent record to be published', () => {
  it('refuses to publish without consent, in the editor’s language, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'stories' })).totalDocs
    const res = await post({ ...story(), _status: 'published' }, 'ru')
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/только с полной записью о согласии/)
    expect((await payload.count({ collection: 'stories' })).totalDocs).toBe(before)
  })

  it('refuses an incomplete record (no reference)', async () => {
    const res = await post({ ...story({ consent: { givenBy: 'guardian', date: '2024-03-01' } }), _status: 'published' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/complete consent record/)
  })

  it('saves a draft without consent, and will not publish it until consent is recorded', async () => {
    const res = await post({ ...story(), _status: 'draft' }, 'en', '?draft=true')
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: Story }
    const publish = await fetch(`${api.url}/api/stories/${doc.id}`, {
      method: 'PATCH',
      headers: { ...editor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(publish.status).toBe(400)
    const visitorView = await fetch(`${api.url}/api/stories/${doc.id}`)
    expect(visitorView.status).toBe(404)

    const withConsent = await fetch(`${api.url}/api/stories/${doc.id}`, {
      method: 'PATCH',
      headers: { ...editor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ _status: 'published', consent: { givenBy: 'guardian', date: '2024-03-01', reference: 'CONSENT-17' } }),
    })
    expect(withConsent.status).toBe(200)
    expect((await fetch(`${api.url}/api/stories/${doc.id}`)).status).toBe(200)
  })

  it('enforces the rule in the Local API too', async () => {
    await expect(payload.create({ collection: 'stories', data: { ...story(), _status: 'published' } })).rejects.toThrow(/consent/i)
    const ok = await payload.create({
      collection: 'stories',
      data: { ...story(), _status: 'published', consent: { givenBy: 'patient', date: '2024-05-02', reference: 'C-2' } },
    })
    expect(ok._status).toBe('published')
  })
})

describe('an illustrative example', () => {
  const example = (extra: Partial<Story> = {}) => story({ kind: 'illustrative', ...extra })

  it('is published without a consent record: it describes no real person', async () => {
    const res = await post({ ...example(), _status: 'published' })
    expect(res.status).toBe(201)
  })

  it('cannot carry a quotation (nobody said those words), in the editor’s language, and nothing is stored', async () => {
    const before = (await payload.count({ collection: 'stories' })).totalDocs
    const res = await post({ ...example({ quote: 'I learned to take it one day at a time.' }), _status: 'published' }, 'zh')
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/示例故事不能包含引言/)
    expect((await payload.count({ collection: 'stories' })).totalDocs).toBe(before)
  })

  it('turned into a real account, needs its consent record like any other', async () => {
    const { doc } = (await (await post({ ...example(), _status: 'published' })).json()) as { doc: Story }
    const res = await fetch(`${api.url}/api/stories/${doc.id}`, {
      method: 'PATCH',
      headers: { ...editor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'realAccount' }),
    })
    expect(res.status).toBe(400)
    expect((await payload.findByID({ collection: 'stories', id: doc.id, depth: 0 })).kind).toBe('illustrative')
  })

  it('a story that says neither is not published', async () => {
    const { kind: _kind, ...unsaid } = story()
    const res = await post({ ...unsaid, _status: 'published', consent: { givenBy: 'patient', date: '2024-05-02', reference: 'C-3' } })
    expect(res.status).toBe(400)
  })
})

describe("a published story's consent record stays with the editors", () => {
  const REFERENCE = 'CONSENT-SECRET-4711'
  let id: number | string

  beforeAll(async () => {
    const doc = await payload.create({
      collection: 'stories',
      data: { ...story(), _status: 'published', consent: { givenBy: 'guardian', date: '2024-06-03', reference: REFERENCE } },
    })
    id = doc.id
  })

  const leaks = (text: string) => text.includes(REFERENCE) || text.includes('givenBy') || text.includes('2024-06-03')

  it('shows a visitor, an agent and a coordinator neither who consented, nor when, nor the reference, however they ask', async () => {
    const coordinator = await createActor(payload, api.url, 'coordinator')
    const agent = await createActor(payload, api.url, 'agent')
    const paths = [
      '/api/stories',
      `/api/stories/${id}`,
      `/api/stories/${id}?depth=3`,
      `/api/stories?select[consent]=true&select[title]=true`,
      `/api/stories?select[consent][reference]=true`,
      `/api/stories/${id}?locale=all`,
      `/api/stories/${id}?draft=true`,
      '/api/stories/versions',
    ]
    for (const headers of [{}, agent.headers, coordinator.headers]) {
      for (const path of paths) {
        const res = await fetch(`${api.url}${path}`, { headers })
        expect(res.status, path).toBeLessThan(500)
        expect(leaks(await res.text()), path).toBe(false)
      }
      // Nor can they find it out by querying on it.
      const probe = await fetch(`${api.url}/api/stories?where[consent.reference][equals]=${REFERENCE}`, { headers })
      expect([400, 403]).toContain(probe.status)
      const { docs } = (await (await fetch(`${api.url}/api/stories?where[consent.givenBy][exists]=true`, { headers })).json()) as { docs?: unknown[] }
      expect(docs ?? []).toEqual([])
    }
  })

  it('still shows it to editors, in the document and its versions', async () => {
    const res = await fetch(`${api.url}/api/stories/${id}`, { headers: editor.headers })
    expect(((await res.json()) as Story).consent?.reference).toBe(REFERENCE)
    const versions = await fetch(`${api.url}/api/stories/versions?where[parent][equals]=${id}`, { headers: editor.headers })
    expect(await versions.text()).toContain(REFERENCE)
  })
})
