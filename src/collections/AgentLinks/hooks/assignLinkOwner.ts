import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import { newReferralCode } from '@/collections/Users/hooks/assignReferralCode'
import type { AgentLink } from '@/payload-types'

/**
 * A link belongs to the agent who makes it, whatever the request says (an admin may make one for
 * any agent), and gets a short code once; codes never change, because links already sent carry them.
 */
export const assignLinkOwner: CollectionBeforeChangeHook<AgentLink> = ({ data, operation, originalDoc, req: { user } }) => {
  if (operation !== 'create') return { ...data, code: originalDoc?.code ?? data.code }
  const agent = user && hasRole(user, 'agent') && !hasRole(user, 'admin') ? user.id : data.agent
  return { ...data, agent, code: newReferralCode(7) }
}
