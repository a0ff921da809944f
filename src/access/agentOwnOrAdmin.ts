import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** An agent removes their own links; admins any. Coordinators read them but leave them alone. */
export const agentOwnOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user && hasRole(user, 'agent')) return { agent: { equals: user.id } }
  return false
}
