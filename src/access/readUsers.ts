import type { Access, FieldAccess, Where } from 'payload'

import { hasRole } from '@/access/hasRole'

/**
 * Admins read every account. A coordinator also reads the accounts a case names: the coordinators
 * and admins a case can be assigned to, and the agents who refer patients (so the admin shows
 * their names, not "Untitled - ID: 4"). Editors and agents read only their own account.
 */
export const readUsers: Access = ({ req: { user } }): boolean | Where => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'coordinator')) {
    const caseAccounts: Where[] = [{ id: { equals: user.id } }, { roles: { in: ['coordinator', 'admin', 'agent'] } }]
    return { or: caseAccounts }
  }
  return { id: { equals: user.id } }
}

/**
 * Field-level: what a colleague's account holds beyond name and role (e-mail address, referral
 * code, notice language) stays with its owner and the admins.
 */
export const adminOrSelfField: FieldAccess = ({ req: { user }, id, doc }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const target = (doc as { id?: number | string } | undefined)?.id ?? id
  return target !== undefined && String(target) === String(user.id)
}
