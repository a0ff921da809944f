import type { CollectionSlug, Field, GlobalSlug, Payload, PayloadRequest, Where } from 'payload'

import { locales } from '@/i18n/locales'
import { trackedGlobals } from '@/lib/translationState/countGlobalWork'
import { trackedCollections } from '@/lib/translationState/countWork'
import { TRANSLATION_FIELD, translationStateOf } from '@/lib/translationState/hook'

type Stored = Record<string, unknown>

/** Every status column is written with the details, so one of them says whether a state exists. */
const STATUS_PATH = `${TRANSLATION_FIELD}.${locales[0]}`
const hasNoState: Where = { [STATUS_PATH]: { exists: false } }
const lacksState = (doc: Stored | null | undefined) => !(doc?.[TRANSLATION_FIELD] as Stored | null | undefined)?.[locales[0]]

/** What a save changing nothing would compute for this stored document (all locales). */
const stateFor = (fields: Field[], stored: Stored) => translationStateOf({ fields, data: undefined, stored, locale: 'all' })

/** Documents read per query: their text in every locale is held at once. */
export const BACKFILL_BATCH = 50

/**
 * Writes every document `next` finds, a batch at a time: each written document no longer matches,
 * so the next query returns the rest. One that comes back was not written: stop, rather than loop.
 */
const inBatches = async (next: () => Promise<Stored[]>, write: (doc: Stored) => Promise<unknown>): Promise<number> => {
  const seen = new Set<unknown>()
  for (;;) {
    const docs = await next()
    for (const doc of docs) {
      if (seen.has(doc.id)) throw new Error(`[translation backfill] the state of ${String(doc.id)} was not stored`)
      seen.add(doc.id)
      await write(doc)
    }
    if (docs.length < BACKFILL_BATCH) return seen.size
  }
}

const backfillCollection = async (payload: Payload, collection: CollectionSlug, req: PayloadRequest): Promise<number> => {
  const config = payload.collections[collection].config
  // The stored document itself (the published one when there are drafts). Through the adapter,
  // so no hook, validation, revalidation or new version runs; `updatedAt: null` keeps the date.
  const find = { locale: 'all', limit: BACKFILL_BATCH, pagination: false, sort: 'id', req } as const
  const documents = await inBatches(
    async () => (await payload.db.find<Stored>({ collection, where: hasNoState, ...find })).docs,
    (doc) =>
      payload.db.updateOne({
        collection,
        // Only while it still has none: a save in between computed a state of its own.
        where: { and: [{ id: { equals: doc.id } }, hasNoState] },
        data: { [TRANSLATION_FIELD]: stateFor(config.fields, doc), updatedAt: null },
        req,
        returning: false,
      }),
  )
  if (!config.versions) return documents
  // The latest version too: list views, the dashboard and the edit view read it (a draft if any).
  const latestWithout: Where = { and: [{ latest: { equals: true } }, { [`version.${STATUS_PATH}`]: { exists: false } }] }
  const versions = await inBatches(
    async () => (await payload.db.findVersions<Stored>({ collection, where: latestWithout, ...find })).docs,
    ({ id, version }) => {
      // The whole `version` object: MongoDB replaces a nested object it is given, so a part would
      // drop the rest. Its own `updatedAt` comes along unchanged.
      const versionData = { version: { ...(version as Stored), [TRANSLATION_FIELD]: stateFor(config.fields, version as Stored) }, updatedAt: null }
      return payload.db.updateVersion({ collection, id: id as number | string, versionData: versionData as never, req, returning: false })
    },
  )
  return documents + versions
}

const backfillGlobal = async (payload: Payload, global: GlobalSlug, req: PayloadRequest): Promise<number> => {
  const config = payload.config.globals.find((g) => g.slug === global)!
  const stored = await payload.db.findGlobal<Stored>({ slug: global, locale: 'all', req })
  // Never saved (no row yet): nothing to describe, and the first save computes the state.
  if (!stored?.updatedAt || !lacksState(stored)) return 0
  // Our globals keep no versions; one with drafts would need its latest version filled as well.
  await payload.db.updateGlobal({ slug: global, data: { [TRANSLATION_FIELD]: stateFor(config.fields, stored), updatedAt: null }, req, returning: false })
  return 1
}

/**
 * Gives every document and global that has no translation state (saved before the state existed)
 * the state its next save would compute, without changing its content, its `updatedAt` or its
 * versions. Documents that already have one are not touched, so running it again changes nothing.
 * Returns how many documents and versions were filled.
 */
export const backfillTranslationState = async (payload: Payload, req: PayloadRequest): Promise<number> => {
  let written = 0
  for (const collection of trackedCollections(payload)) written += await backfillCollection(payload, collection, req)
  for (const global of trackedGlobals(payload)) written += await backfillGlobal(payload, global, req)
  return written
}
