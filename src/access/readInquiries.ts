import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** Coordinators and admins read every inquiry; an agent only the ones they referred. */
export const readInquiries: Access = ({ req: { user } }) => {
  if (hasRole(user, 'coordinator', 'admin')) return true
  if (user && hasRole(user, 'agent')) return { agent: { equals: user.id } }
  return false
}
