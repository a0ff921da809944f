import type { Access, Where } from 'payload'

import { editableEverywhere } from '@/access/mayEdit'
import { hasRole } from '@/access/hasRole'

/**
 * Document locks ("someone is editing this"): admins see all; everyone else their own, and the
 * locks on globals they may edit. An agent learns nothing about inquiries or drafts from the list.
 */
export const seeLocks: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  // Payload 3.90 refuses a query on `document.relationTo` from anyone but an admin (QueryError,
  // on main too), so other users' locks on documents are not listed; saves still honour them (423).
  const { globals } = await editableEverywhere(req)
  const or: Where[] = [{ 'user.value': { equals: user.id } }]
  if (globals.length) or.push({ globalSlug: { in: globals } })
  return { or }
}
