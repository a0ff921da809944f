import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** Admins see and change every account; everyone else only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
