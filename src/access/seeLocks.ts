import type { Access, Where } from 'payload'

import { editableEverywhere } from '@/access/mayEdit'
import { hasRole } from '@/access/hasRole'

/**
 * Document locks ("someone is editing this"): admins see all; everyone else their own and the
 * locks on whatever they may edit themselves (the admin shows who holds it and offers to take it
 * over). An agent learns nothing about inquiries or drafts from the lock list.
 */
export const seeLocks: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const { collections, globals } = await editableEverywhere(req)
  const or: Where[] = [{ 'user.value': { equals: user.id } }]
  if (collections.length) or.push({ 'document.relationTo': { in: collections } })
  if (globals.length) or.push({ globalSlug: { in: globals } })
  return { or }
}
