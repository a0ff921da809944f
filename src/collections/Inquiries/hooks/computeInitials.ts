import type { CollectionBeforeChangeHook } from 'payload'

import { initialsOf } from '@/lib/inquiries/initials'
import type { Inquiry } from '@/payload-types'

/**
 * The patient's initials, kept beside the name: all an agent is shown of who their referral is.
 * Recomputed whenever the name is written, never taken from the request.
 */
export const computeInitials: CollectionBeforeChangeHook<Inquiry> = ({ data, originalDoc }) => {
  const name = data.name ?? originalDoc?.name
  return { ...data, initials: initialsOf(name) }
}
