import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { patientLocale } from '@/lib/inquiries/patientLocale'
import type { Inquiry } from '@/payload-types'

/**
 * A coordinator's reply, typed into replyDraft and saved: kept in replies exactly as written, with
 * who wrote it and when, and its e-mail queued in the same transaction (src/jobs/sendReply.ts), so
 * a reply that is kept is always sent and one that failed to save is never sent.
 */
export const sendReply: CollectionBeforeChangeHook<Inquiry> = async ({ data, operation, originalDoc, req }) => {
  const text = typeof data.replyDraft === 'string' ? data.replyDraft.trim() : ''
  if (operation !== 'update' || !text || !originalDoc) return { ...data, replyDraft: null }
  // The row's id is set here so the job can name the reply it sends (Payload uses 24 hex digits too).
  const id = randomBytes(12).toString('hex')
  const locale = patientLocale({ ...originalDoc, ...data } as Inquiry)
  const row = { id, text, locale, by: req.user?.id ?? null, at: new Date().toISOString(), emailedAt: null }
  await req.payload.jobs.queue({ task: 'sendReply', input: { inquiry: String(originalDoc.id), reply: id }, req })
  return { ...data, replyDraft: null, replies: [...(originalDoc.replies ?? []), row] }
}
