import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { translate } from '@/i18n/admin/translate'
import type { AgentLink } from '@/payload-types'

/** A short link must lead to a page visitors can open: the target has to be published. */
export const requirePublishedTarget: CollectionBeforeChangeHook<AgentLink> = async ({ data, req }) => {
  const target = data.target
  if (!target) return data
  const id = typeof target.value === 'object' ? target.value.id : target.value
  const found = await req.payload.find({ collection: target.relationTo, where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: false, req: { ...req, user: null } as typeof req, select: {} })
  if (!found.docs.length) {
    throw new ValidationError({ collection: 'agent-links', errors: [{ message: translate(req, 'linkTargetUnpublished'), path: 'target' }] }, req.t)
  }
  return data
}
