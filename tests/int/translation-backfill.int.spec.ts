import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAINTENANCE_QUEUE, queueTranslationBackfill } from '@/jobs/backfillTranslationState'
import { BACKFILL_BATCH } from '@/lib/translationState/backfill'
import { bootPayload } from '../helpers/payload'

let payload: Payload

type Doc = Record<string, unknown> & { id: number | string; updatedAt: string; translation?: Record<string, unknown> | null }
const BLANK = { en: null, zh: null, ru: null, ar: null, details: null }

/**
 * What a database from before the translation state holds: the same documents with no state. Written
 * through the adapter (no hooks run, `updatedAt: null` keeps the date), as the migration left them.
 */
const blank = {
  doc: (collection: CollectionSlug, id: number | string) => payload.db.updateOne({ collection, id, data: { translation: BLANK, updatedAt: null }, returning: false }),
  latestVersion: async (collection: CollectionSlug, id: number | string) => {
    const { docs } = await payload.db.findVersions<Doc>({ collection, where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] }, locale: 'all', limit: 1, pagination: false })
    const { id: versionId, version } = docs[0]!
    // The whole version object: MongoDB would replace it with a part.
    await payload.db.updateVersion({ collection, id: versionId, versionData: { version: { ...(version as object), translation: BLANK }, updatedAt: null } as never, returning: false })
  },
  global: () => payload.db.updateGlobal({ slug: 'travel-guide', data: { translation: BLANK, updatedAt: null }, returning: false }),
}

// With locale 'all' each localized field is an object per locale, which the generated types do not describe.
const read = {
  condition: (id: number | string) => payload.findByID({ collection: 'conditions', id, locale: 'all', depth: 0 }) as unknown as Promise<Doc>,
  therapy: (id: number | string, draft: boolean) => payload.findByID({ collection: 'therapies', id, locale: 'all', depth: 0, draft }) as unknown as Promise<Doc>,
  guide: () => payload.findGlobal({ slug: 'travel-guide', locale: 'all', depth: 0 }) as unknown as Promise<Doc>,
  versions: async (id: number | string) => (await payload.findVersions({ collection: 'therapies', where: { parent: { equals: id } }, limit: 1 })).totalDocs,
}
const content = ({ translation: _state, ...rest }: Doc) => rest
const runBackfill = async () => {
  await queueTranslationBackfill(payload)
  await payload.jobs.run({ queue: MAINTENANCE_QUEUE })
}

let condition: Doc
let therapy: Doc
/** The states their saves computed, before they were stripped (no source text changed after a translation). */
let saved: { condition: Doc['translation']; published: Doc['translation']; guide: Doc['translation'] }

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  // A condition in three of four languages, a published therapy in English and Chinese with an
  // English draft on top, and the travel guide in English and Russian: saved, then stripped.
  condition = (await payload.create({ collection: 'conditions', locale: 'en', data: { name: 'Acute myeloid leukaemia', slug: 'aml', summary: 'A blood cancer.' } })) as unknown as Doc
  await payload.update({ collection: 'conditions', id: condition.id, locale: 'zh', data: { name: '急性髓系白血病', summary: '一种血液癌症。' } })
  await payload.update({ collection: 'conditions', id: condition.id, locale: 'ru', data: { name: 'Острый миелоидный лейкоз', summary: 'Рак крови.' } })
  therapy = (await payload.create({
    collection: 'therapies',
    locale: 'en',
    data: { name: 'CAR-T cell therapy', slug: 'car-t-backfill', category: 'cellTherapy', summary: 'Your own T cells, changed to find leukaemia.', _status: 'published' },
  })) as unknown as Doc
  await payload.update({ collection: 'therapies', id: therapy.id, locale: 'zh', data: { name: 'CAR-T 细胞疗法', summary: '改造自身的 T 细胞来识别白血病。', _status: 'published' } })
  await payload.update({ collection: 'therapies', id: therapy.id, locale: 'en', draft: true, data: { summary: 'Your own T cells, re-engineered to recognise leukaemia.', _status: 'draft' } })
  await payload.updateGlobal({ slug: 'travel-guide', locale: 'en', data: { title: 'Staying in China', lead: 'Visas and money.' } })
  await payload.updateGlobal({ slug: 'travel-guide', locale: 'ru', data: { title: 'Жизнь в Китае', lead: 'Визы и деньги.' } })
  saved = { condition: (await read.condition(condition.id)).translation, published: (await read.therapy(therapy.id, false)).translation, guide: (await read.guide()).translation }

  await blank.doc('conditions', condition.id)
  await blank.doc('therapies', therapy.id)
  await blank.latestVersion('therapies', therapy.id)
  await blank.global()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('backfilling the translation state of documents saved before it existed', () => {
  let before: { condition: Doc; published: Doc; draft: Doc; guide: Doc; versions: number }

  it('starts from documents with no state', async () => {
    before = { condition: await read.condition(condition.id), published: await read.therapy(therapy.id, false), draft: await read.therapy(therapy.id, true), guide: await read.guide(), versions: await read.versions(therapy.id) }
    for (const doc of [before.condition, before.published, before.draft, before.guide]) expect(doc.translation?.en ?? null).toBeNull()
  })

  it('is queued once, however often it is asked to be (several processes starting)', async () => {
    await queueTranslationBackfill(payload)
    await queueTranslationBackfill(payload)
    const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'backfillTranslationState' } }, depth: 0 })
    expect(queued.totalDocs).toBe(1)
    expect(queued.docs[0]!.queue).toBe(MAINTENANCE_QUEUE)
  })

  it('gives each the state a save would compute, without touching content, updatedAt or versions', async () => {
    await payload.jobs.run({ queue: MAINTENANCE_QUEUE })
    const after = { condition: await read.condition(condition.id), published: await read.therapy(therapy.id, false), draft: await read.therapy(therapy.id, true), guide: await read.guide() }
    expect(after.condition.translation).toMatchObject({ en: 'source', zh: 'complete', ru: 'complete', ar: 'missing' })
    // With no earlier state there is no baseline: today's translations count as made from today's source.
    expect(after.published.translation).toMatchObject({ en: 'source', zh: 'complete', ru: 'missing', ar: 'missing' })
    expect(after.draft.translation).toMatchObject({ en: 'source', zh: 'complete', ru: 'missing', ar: 'missing' })
    expect(after.guide.translation).toMatchObject({ en: 'source', zh: 'missing', ru: 'complete', ar: 'missing' })
    // Where no source text changed after a translation, exactly what the saves had computed, details included.
    expect([after.condition.translation, after.published.translation, after.guide.translation]).toEqual([saved.condition, saved.published, saved.guide])
    for (const key of ['condition', 'published', 'draft', 'guide'] as const) {
      expect(content(after[key])).toEqual(content(before[key]))
      expect(after[key].updatedAt).toBe(before[key].updatedAt)
    }
    expect(await read.versions(therapy.id)).toBe(before.versions)
    // Done: the job is gone from the queue.
    expect((await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'backfillTranslationState' } } })).totalDocs).toBe(0)
  })

  it('run again where every document has a state, it changes nothing', async () => {
    const snapshot = [await read.condition(condition.id), await read.therapy(therapy.id, false), await read.therapy(therapy.id, true), await read.guide()]
    await runBackfill()
    expect([await read.condition(condition.id), await read.therapy(therapy.id, false), await read.therapy(therapy.id, true), await read.guide()]).toEqual(snapshot)
  })

  it('the state it wrote is the one the next save writes', async () => {
    const filled = { condition: (await read.condition(condition.id)).translation, draft: (await read.therapy(therapy.id, true)).translation, guide: (await read.guide()).translation }
    await payload.update({ collection: 'conditions', id: condition.id, locale: 'en', data: {} })
    await payload.update({ collection: 'therapies', id: therapy.id, locale: 'en', draft: true, data: {} })
    await payload.updateGlobal({ slug: 'travel-guide', locale: 'en', data: {} })
    expect((await read.condition(condition.id)).translation).toEqual(filled.condition)
    expect((await read.therapy(therapy.id, true)).translation).toEqual(filled.draft)
    expect((await read.guide()).translation).toEqual(filled.guide)
  })

  it('gets through more documents than it reads at once', async () => {
    const ids: (number | string)[] = []
    for (let i = 0; i <= BACKFILL_BATCH; i++) {
      const doc = await payload.create({ collection: 'conditions', locale: 'en', data: { name: `Condition ${i}`, slug: `condition-${i}`, summary: 'A summary.' } })
      await blank.doc('conditions', doc.id)
      ids.push(doc.id)
    }
    await runBackfill()
    const { docs } = await payload.find({ collection: 'conditions', where: { id: { in: ids } }, depth: 0, pagination: false })
    expect(docs.map((d) => (d as unknown as Doc).translation?.zh)).toEqual(ids.map(() => 'missing'))
  })
})
