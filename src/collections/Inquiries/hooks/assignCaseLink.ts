import type { CollectionBeforeChangeHook } from 'payload'

import { newCaseLink } from '@/lib/case/token'
import type { Inquiry } from '@/payload-types'

/** Every inquiry gets its private case link when it is created, whoever creates it. */
export const assignCaseLink: CollectionBeforeChangeHook<Inquiry> = ({ data, operation }) => {
  if (operation !== 'create' || data.caseTokenHash) return data
  return { ...data, ...newCaseLink() }
}
