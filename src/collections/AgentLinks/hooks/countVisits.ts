import type { FieldHook } from 'payload'

import type { AgentLink } from '@/payload-types'

/** Visits through a link, counted from the visits collection (one row per counted visit). */
export const countVisits: FieldHook<AgentLink, number> = async ({ originalDoc, data, req }) => {
  const id = originalDoc?.id ?? data?.id
  if (!id) return 0
  const { totalDocs } = await req.payload.count({ collection: 'link-visits', where: { link: { equals: id } }, req })
  return totalDocs
}
