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

const backfillCollection = async (payload: Payload, collection: CollectionSlug, req: PayloadRequest): Promise<number> => {
  const config = payload.collections[collection].config
  let written = 0
  // The stored document itself (the published one when there are drafts). Through the adapter,
  // so no hook, validation, revalidation or new version runs; `updatedAt: null` keeps the date.
  const { docs } = await payload.db.find<Stored>({ collection, where: hasNoState, locale: 'all', pagination: false, limit: 0, req })
  for (const doc of docs) {
    await payload.db.updateOne({
      collection,
      // Only while it still has none: a save in between computed a state of its own.
      where: { and: [{ id: { equals: doc.id } }, hasNoState] },
      data: { [TRANSLATION_FIELD]: stateFor(config.fields, doc), updatedAt: null },
      req,
      returning: false,
    })
    written++
  }
  if (!config.versions) return written
  // The latest version too: list views, the dashboard and the edit view read it (a draft if any).
  const { docs: versions } = await payload.db.findVersions<Stored>({
    collection,
    where: { and: [{ latest: { equals: true } }, { [`version.${STATUS_PATH}`]: { exists: false } }] },
    locale: 'all',
    pagination: false,
    limit: 0,
    req,
  })
  for (const { id, version } of versions) {
    // The whole `version` object: MongoDB replaces a nested object it is given, so a part would
    // drop the rest. Its own `updatedAt` comes along unchanged.
    const versionData = { version: { ...version, [TRANSLATION_FIELD]: stateFor(config.fields, version) }, updatedAt: null }
    await payload.db.updateVersion({ collection, id, versionData: versionData as never, req, returning: false })
    written++
  }
  return written
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
