import type { FieldHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * The display name is what inquiries, agent links and the coordinator picker show for a user, so
 * an account never goes without one: left empty, it becomes the part of the e-mail address before
 * the @ (which every reader of the account already knows).
 */
export const defaultDisplayName: FieldHook<User, string | null | undefined> = ({ value, data, originalDoc }) => {
  if (typeof value === 'string' && value.trim()) return value
  const email = data?.email ?? originalDoc?.email
  return typeof email === 'string' && email.includes('@') ? email.slice(0, email.indexOf('@')) : value
}
