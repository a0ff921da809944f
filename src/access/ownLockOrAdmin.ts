import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** A lock is removed by the user who holds it, or by an admin. */
export const ownLockOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { 'user.value': { equals: user.id } }
}
