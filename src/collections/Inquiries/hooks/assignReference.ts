import { randomUUID } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { newInquiryReference } from '@/lib/inquiries/reference'
import type { Inquiry } from '@/payload-types'

/**
 * Every inquiry gets a reference number the patient can quote, and a submission key. The public
 * form sets the key (one per form view, so a double submit finds the first inquiry); inquiries a
 * coordinator types in get a random one, so the unique index never sees two empty keys (MongoDB
 * would count two missing values as a duplicate).
 */
export const assignReference: CollectionBeforeChangeHook<Inquiry> = ({ data, operation }) => {
  if (operation !== 'create') return data
  return {
    ...data,
    reference: data.reference || newInquiryReference(),
    submissionKey: data.submissionKey || `staff:${randomUUID()}`,
  }
}
