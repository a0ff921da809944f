import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequiredDataFromCollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import { caseToken } from '@/lib/case/token'
import { CONSENT_VERSION, TRANSFER_CONSENT_VERSION } from '@/lib/inquiries/consent'
import { queueInquiryMail } from '@/lib/inquiries/notify'
import { checkRecords, type CheckedRecord, type IncomingFile } from '@/lib/inquiries/records'
import { validateInquiry, type FieldErrors, type InquiryFields, type InquiryValues } from '@/lib/inquiries/schema'
import { submissionKey } from '@/lib/inquiries/submissionKey'
import { oneAtATime } from '@/lib/inquiries/serialize'
import { removeRecordFiles, removeRecordRows, storeRecords } from '@/lib/inquiries/storeRecords'
import { sameSitePath } from '@/lib/text/sitePath'
import { resolveAgent } from '@/lib/referralAgent'
import type { Inquiry } from '@/payload-types'

export type SubmitInput = {
  values: InquiryValues
  files: IncomingFile[]
  locale: Locale
  /** The per-view idempotency key the form carries when JavaScript runs. */
  clientKey?: unknown
  /** Whatever the hidden trap field held; people never see it, bots fill it in. */
  honeypot?: unknown
  /** The cc_ref cookie: the agent who referred this visitor. */
  referralCode?: unknown
  sourcePage?: unknown
}

export type SubmitResult =
  | { status: 'sent'; reference: string; inquiryId: Inquiry['id']; duplicate: boolean; caseToken?: string }
  | { status: 'discarded' }
  | { status: 'invalid'; errors: FieldErrors; file?: string }
  | { status: 'unavailable' }

/**
 * A patient's inquiry from the public form: validated, then stored with its medical records in one
 * transaction, so there is never an inquiry without its records nor a record without its inquiry,
 * nor one without its e-mails queued.
 * Files are written to disk before their rows; if anything fails, the rows roll back and the files
 * written so far are deleted. Runs with overrideAccess: visitors may not create inquiries or
 * records through the API, and this code does every check the API would skip (and more).
 */
export const submitInquiry = async (payload: Payload, input: SubmitInput): Promise<SubmitResult> => {
  // Bots that fill the invisible field are told "sent" so they don't adapt; nothing is stored.
  if (typeof input.honeypot === 'string' && input.honeypot.trim()) {
    payload.logger.info('[inquiry] honeypot filled: discarded')
    return { status: 'discarded' }
  }
  const checked = validateInquiry(input.values)
  const files = await checkRecords(input.files)
  if (!checked.ok || !files.ok) {
    const errors: FieldErrors = checked.ok ? {} : checked.errors
    if (!files.ok) errors.records = files.code
    return { status: 'invalid', errors, file: files.ok ? undefined : files.file }
  }
  const data = checked.data
  const key = submissionKey(input.clientKey, data, files.records)

  try {
    const choiceErrors = await checkChoices(payload, data, input.locale)
    if (choiceErrors) return { status: 'invalid', errors: choiceErrors }
    const agent = (await resolveAgent(payload, input.referralCode))?.id
    return await oneAtATime(async (): Promise<SubmitResult> => {
      const existing = await findBySubmissionKey(payload, key)
      if (existing) return { status: 'sent', reference: existing.reference!, inquiryId: existing.id, duplicate: true, caseToken: tokenOf(existing, key) }
      const inquiry = await storeInquiry(payload, {
        data,
        records: files.records,
        key,
        locale: input.locale,
        agent,
        sourcePage: sameSitePath(input.sourcePage),
      })
      return { status: 'sent', reference: inquiry.reference!, inquiryId: inquiry.id, duplicate: false, caseToken: tokenOf(inquiry) }
    })
  } catch (error) {
    // A copy of the same form view stored by another server process first: its reference is the answer.
    const winner = await findBySubmissionKey(payload, key).catch(() => undefined)
    if (winner) return { status: 'sent', reference: winner.reference!, inquiryId: winner.id, duplicate: true, caseToken: tokenOf(winner, key) }
    payload.logger.error({ err: error }, '[inquiry] could not store an inquiry')
    return { status: 'unavailable' }
  }
}

/**
 * The patient's case-page token, derived from the inquiry's salt (src/lib/case/token.ts). A repeat
 * send found by its content fingerprint gets no token: anyone who knew what a patient sent could
 * otherwise send it again to learn their link. A repeat of the same form view (its random key) is
 * the patient's own browser, and gets it; the link is in the acknowledgement e-mail either way.
 */
const tokenOf = (inquiry: Pick<Inquiry, 'caseSalt'>, repeatOf?: string) =>
  inquiry.caseSalt && !repeatOf?.startsWith('fingerprint:') ? caseToken(inquiry.caseSalt) : undefined

const findBySubmissionKey = async (payload: Payload, key: string) => {
  const { docs } = await payload.find({ collection: 'inquiries', where: { submissionKey: { equals: key } }, limit: 1, depth: 0, select: { reference: true, caseSalt: true } })
  return docs[0]
}

/** The therapy and hospital chosen must be published ones (a hand-made post could name a draft). */
const checkChoices = async (payload: Payload, data: InquiryFields, locale: Locale): Promise<FieldErrors | undefined> => {
  const errors: FieldErrors = {}
  for (const collection of ['therapies', 'hospitals'] as const) {
    const field = collection === 'therapies' ? 'therapy' : 'hospital'
    const id = data[field]
    if (!id) continue
    const found = await payload.find({ collection, where: { id: { equals: id } }, locale, limit: 1, depth: 0, overrideAccess: false, select: {} })
    if (!found.docs.length) errors[field] = 'choice'
  }
  return Object.keys(errors).length ? errors : undefined
}

type StoreArgs = { data: InquiryFields; records: CheckedRecord[]; key: string; locale: Locale; agent?: number | string; sourcePage?: string }

const storeInquiry = async (payload: Payload, { data, records, key, locale, agent, sourcePage }: StoreArgs) => {
  const req = await createLocalReq({ locale }, payload)
  const written: string[] = []
  const recordIds: (number | string)[] = []
  let transactional = false
  try {
    transactional = await initTransaction(req)
    await storeRecords(payload, records, req, written, recordIds)
    // Both consents were given by this one form post: they share its time.
    const now = new Date().toISOString()
    const inquiryData: RequiredDataFromCollectionSlug<'inquiries'> = {
      name: data.name,
      email: data.email,
      phone: data.phone,
      // The schema let through only codes of the list the select offers (src/lib/countries.ts).
      country: data.country as Inquiry['country'],
      preferredLanguage: data.preferredLanguage,
      patientAge: data.patientAge === undefined ? undefined : Number(data.patientAge),
      diagnosis: data.diagnosis,
      treatmentSoFar: data.treatmentSoFar,
      message: data.message,
      therapy: data.therapy === undefined ? undefined : (toId(data.therapy) as number),
      hospital: data.hospital === undefined ? undefined : (toId(data.hospital) as number),
      records: recordIds as number[],
      consent: { given: true, version: CONSENT_VERSION, at: now },
      transferConsent: { given: true, version: TRANSFER_CONSENT_VERSION, at: now },
      agent: agent as number | undefined,
      sourcePage,
      pageLocale: locale,
      status: 'new',
      submissionKey: key,
    }
    const inquiry = await payload.create({ collection: 'inquiries', req, depth: 0, data: inquiryData })
    // Its two e-mails are queued in the same transaction: stored means answered (src/jobs).
    await queueInquiryMail(payload, inquiry.id, req)
    await commitTransaction(req)
    // Payload's SQL adapters swallow an error at COMMIT (the rows are then gone): the patient is
    // told "sent" only once the inquiry can be read back outside the transaction.
    // (If that read itself fails, the commit is trusted: its files must not be deleted.)
    const there = await payload.count({ collection: 'inquiries', where: { id: { equals: inquiry.id } } }).then(({ totalDocs }) => totalDocs > 0, () => true)
    if (!there) throw new Error(`inquiry ${inquiry.reference} was not there after its commit`)
    return inquiry
  } catch (error) {
    // No transaction began: the database runs without transactions (MongoDB without a replica set,
    // which production refuses), so nothing rolls back and the rows written so far are removed here.
    await killTransaction(req as PayloadRequest)
    if (!transactional) await removeRecordRows(payload, recordIds)
    await removeRecordFiles(written)
    throw error
  }
}

/** SQLite IDs are numbers, MongoDB's are strings (the generated types say number: they come from the SQLite build). */
const toId = (value: string): number | string => (/^\d+$/.test(value) ? Number(value) : value)
