import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { Inquiry } from '@/payload-types'

/**
 * An agent who files an inquiry for a patient is its referrer, whatever the request says: agents
 * cannot file cases in another agent's name.
 */
export const attributeAgent: CollectionBeforeChangeHook<Inquiry> = ({ data, operation, req: { user } }) => {
  if (operation === 'create' && user && hasRole(user, 'agent') && !hasRole(user, 'coordinator', 'admin')) {
    return { ...data, agent: user.id }
  }
  return data
}
