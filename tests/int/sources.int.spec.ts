import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await bootPayload())
})

afterAll(async () => {
  await payload?.destroy()
})

/** The paths Payload names as invalid when it refuses a write (so a test cannot pass for the wrong reason). */
const invalidPaths = async (write: Promise<unknown>): Promise<string[]> => {
  try {
    await write
  } catch (error) {
    return ((error as { data?: { errors?: { path: string }[] } }).data?.errors ?? []).map((e) => e.path)
  }
  return []
}

const source = (data: Record<string, unknown> = {}) =>
  payload.create({ collection: 'sources', data: { title: 'A hospital page', publisher: 'A hospital', kind: 'hospitalPage', ...data } as never })

describe('sources', () => {
  it('are public citations: anyone may read them, with no URL and no date unless the source has one', async () => {
    const created = await source()
    const read = await payload.findByID({ collection: 'sources', id: created.id, overrideAccess: false })
    expect(read.title).toBe('A hospital page')
    expect(read.url ?? null).toBeNull()
    expect(read.published ?? null).toBeNull()
  })

  it('refuse a file path or a javascript: link as a URL, and accept a public address', async () => {
    expect(await invalidPaths(source({ slug: 'path', url: 'source-documents/000_fd60d248cfd683a0.txt' }))).toEqual(['url'])
    expect(await invalidPaths(source({ slug: 'script', url: 'javascript:alert(1)' }))).toEqual(['url'])
    expect((await source({ slug: 'public', url: 'https://example.org/profile' })).url).toBe('https://example.org/profile')
  })

  it('are required once a hospital states a fact (beds, founding year, patients a year)', async () => {
    const base = { name: 'Test hospital', slug: 'test-hospital', city: 'Tianjin', kind: 'specialty', summary: 'A test.', _status: 'published' }
    expect(await invalidPaths(payload.create({ collection: 'hospitals', data: { ...base, beds: 100 } as never }))).toEqual(['factsSource'])
    const cited = await source({ title: 'Profile', slug: 'profile' })
    const created = await payload.create({ collection: 'hospitals', data: { ...base, beds: 100, factsSource: cited.id } as never })
    expect(created.beds).toBe(100)
  })

  it('must name who ranked and when for a ranking', async () => {
    const cited = await source({ title: 'Profile two', slug: 'profile-two' })
    const base = { name: 'Ranked hospital', slug: 'ranked-hospital', city: 'Tianjin', kind: 'specialty', summary: 'A test.', _status: 'published' }
    expect(await invalidPaths(payload.create({ collection: 'hospitals', data: { ...base, rankings: [{ text: 'Top hospital', source: cited.id }] } as never }))).toEqual([
      'rankings.0.rankedBy',
      'rankings.0.year',
    ])
  })

  it('link a therapy to a hospital only through a status row that has a source', async () => {
    const cited = await source({ title: 'FAQ page', slug: 'faq-page', kind: 'faq' })
    const hospital = await payload.create({ collection: 'hospitals', data: { name: 'Linked hospital', slug: 'linked-hospital', city: 'Beijing', kind: 'general', summary: 'A test.', _status: 'published' } as never })
    const base = { name: 'Test therapy', slug: 'test-therapy', category: 'cellTherapy', summary: 'A test.', _status: 'published' }
    expect(await invalidPaths(payload.create({ collection: 'therapies', data: { ...base, offeredAt: [{ hospital: hospital.id, status: 'clinicalTrial' }] } as never }))).toEqual([
      'offeredAt.0.source',
    ])
    const therapy = await payload.create({
      collection: 'therapies',
      // A hand-set `hospitals` list is ignored: the link comes from the rows.
      data: { ...base, hospitals: [], offeredAt: [{ hospital: hospital.id, status: 'clinicalTrial', trialPhase: 'phase1', source: cited.id }] } as never,
      depth: 0,
    })
    expect(therapy.hospitals).toEqual([hospital.id])
  })
})
