import { randomBytes } from 'node:crypto'

import type { FieldHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { User } from '@/payload-types'

// No 0/O or 1/I/L: agents read these codes aloud and type them into chat apps.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export const newReferralCode = (length = 8): string =>
  Array.from(randomBytes(length), (byte) => ALPHABET[byte % ALPHABET.length]).join('')

/** Every agent gets a referral code once; it never changes, because links already shared carry it. */
export const assignReferralCode: FieldHook<User, string | null | undefined> = ({ value, data, originalDoc }) => {
  const existing = value || originalDoc?.referralCode
  if (existing) return existing
  const roles = data?.roles ?? originalDoc?.roles
  return hasRole({ roles: roles ?? [] }, 'agent') ? newReferralCode() : value
}
