import type { CollectionSlug, GlobalSlug, PayloadRequest, Where } from 'payload'

export type EditTarget = { relationTo: string; value: number | string } | { globalSlug: string }

/**
 * Whether the request's user may update one document or global, by that collection's or global's
 * own `update` rule (a rule that answers with a query is checked against the document itself).
 */
export const mayEdit = async (req: PayloadRequest, target: EditTarget): Promise<boolean> => {
  if ('globalSlug' in target) {
    const global = req.payload.config.globals.find((entry) => entry.slug === target.globalSlug)
    if (!global?.access.update) return false
    return (await global.access.update({ req })) === true
  }
  const collection = req.payload.collections[target.relationTo as CollectionSlug]
  if (!collection) return false
  const rule = await collection.config.access.update({ req, id: target.value as number })
  if (rule === true) return true
  if (!rule) return false
  const { totalDocs } = await req.payload.count({
    collection: target.relationTo as CollectionSlug,
    where: { and: [{ id: { equals: target.value } }, rule as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The collections (whole) and globals the request's user may update: whose locks they may see. */
export const editableEverywhere = async (req: PayloadRequest): Promise<{ collections: CollectionSlug[]; globals: GlobalSlug[] }> => {
  const collections: CollectionSlug[] = []
  for (const { config } of Object.values(req.payload.collections)) {
    if (config.lockDocuments === false) continue
    if ((await config.access.update({ req })) === true) collections.push(config.slug as CollectionSlug)
  }
  const globals: GlobalSlug[] = []
  for (const global of req.payload.config.globals) {
    if (global.lockDocuments === false || !global.access.update) continue
    if ((await global.access.update({ req })) === true) globals.push(global.slug as GlobalSlug)
  }
  return { collections, globals }
}
