import type { Payload } from 'payload'

import { DEFAULT_RETENTION_MONTHS } from '@/globals/SiteSettings/retention'
import { CASE_TOKEN_PATTERN, caseTokenHash } from '@/lib/case/token'
import { retentionCutoff } from '@/lib/inquiries/retention'
import type { Inquiry } from '@/payload-types'

/** What the case page and its form may know about an inquiry: nothing the patient did not send or need. */
export type CaseView = Pick<Inquiry, 'id' | 'reference' | 'status' | 'createdAt' | 'pageLocale' | 'preferredLanguage'> & {
  coordinatorFirstName?: string
  records: number
  updates: { at: string; files: number; message: boolean }[]
  replies: { at: string; emailedAt?: string | null }[]
}

const firstName = (coordinator: Inquiry['coordinator']): string | undefined => {
  if (!coordinator || typeof coordinator !== 'object') return undefined
  // The first word of the name the coordinator shows to others; never their e-mail address.
  const name = coordinator.displayName?.trim().split(/\s+/)[0]
  return name || undefined
}

/**
 * The inquiry a case token opens, or undefined: an unknown, malformed or revoked token, a case
 * marked spam, or one older than the retention period (deleted by the nightly job; refused here
 * too, should that job be late). The lookup is by the token's hash, so the token itself is never
 * compared or stored.
 */
export const findCase = async (payload: Payload, token: unknown): Promise<CaseView | undefined> => {
  if (typeof token !== 'string' || !CASE_TOKEN_PATTERN.test(token)) return undefined
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const cutoff = retentionCutoff(new Date(), settings.retentionMonths ?? DEFAULT_RETENTION_MONTHS).toISOString()
  const { docs } = await payload.find({
    collection: 'inquiries',
    where: {
      and: [{ caseTokenHash: { equals: caseTokenHash(token) } }, { caseLinkRevoked: { not_equals: true } }, { createdAt: { greater_than: cutoff } }, { status: { not_equals: 'spam' } }],
    },
    limit: 1,
    depth: 1,
    populate: { users: { displayName: true } },
    select: { reference: true, status: true, createdAt: true, pageLocale: true, preferredLanguage: true, coordinator: true, records: true, patientUpdates: true, replies: true },
  })
  const doc = docs[0]
  if (!doc) return undefined
  return {
    id: doc.id,
    reference: doc.reference,
    status: doc.status,
    createdAt: doc.createdAt,
    pageLocale: doc.pageLocale,
    preferredLanguage: doc.preferredLanguage,
    coordinatorFirstName: firstName(doc.coordinator),
    records: doc.records?.length ?? 0,
    updates: (doc.patientUpdates ?? []).map((update) => ({ at: update.at, files: update.files ?? 0, message: Boolean(update.message) })),
    replies: (doc.replies ?? []).map((reply) => ({ at: reply.at, emailedAt: reply.emailedAt })),
  }
}
