import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** Agents' links and visits: coordinators and admins see all, an agent only their own. */
export const agentOwnOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'coordinator', 'admin')) return true
  if (user && hasRole(user, 'agent')) return { agent: { equals: user.id } }
  return false
}
