import type { Payload, PayloadRequest } from 'payload'

import { isAdminLanguage, translateIn, type AdminLanguage } from '@/i18n/admin/translate'
import { textDirection } from '@/i18n/locales'
import { patientLocale } from '@/lib/inquiries/patientLocale'
import { translatorFor } from '@/i18n/translator'
import { caseUrl } from '@/lib/case/caseUrl'
import { escapeHtml } from '@/lib/text/escapeHtml'
import { serverURL } from '@/lib/serverUrls'
import type { Inquiry } from '@/payload-types'



/**
 * Queues an inquiry's two e-mails as jobs (src/jobs), inside the transaction that stores the
 * inquiry: an inquiry the patient was told is "sent" always has its mail waiting, whatever
 * happens to the server afterwards, and a rolled-back inquiry queues nothing.
 */
export const queueInquiryMail = async (payload: Payload, inquiryId: Inquiry['id'], req: PayloadRequest): Promise<void> => {
  const input = { inquiry: String(inquiryId) }
  await payload.jobs.queue({ task: 'notifyCoordinators', input, req })
  await payload.jobs.queue({ task: 'acknowledgePatient', input, req })
}

/** The inquiry a job is about, or nothing if it has been deleted since (then there is nobody to tell). */
const findInquiry = async (payload: Payload, inquiryId: string): Promise<Inquiry | undefined> => {
  const { docs } = await payload.find({ collection: 'inquiries', where: { id: { equals: inquiryId } }, limit: 1, depth: 1 })
  if (!docs[0]) payload.logger.warn(`[inquiry] inquiry ${inquiryId} no longer exists: its e-mail is not sent`)
  return docs[0]
}

const titleOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : undefined)

/**
 * A notice to every coordinator (admins if there are none yet), each in the language their account
 * names. It carries no health data, only the reference and a link to the admin: e-mail is not
 * where medical details should travel. Throws when the mail server refuses, so the job retries.
 */
export const notifyCoordinators = async (payload: Payload, inquiryId: string): Promise<void> => {
  const inquiry = await findInquiry(payload, inquiryId)
  if (!inquiry) return
  const staff = async (role: 'coordinator' | 'admin') =>
    (await payload.find({ collection: 'users', where: { roles: { contains: role } }, limit: 50, depth: 0, select: { email: true, language: true } })).docs
  const coordinators = await staff('coordinator')
  const to = coordinators.length ? coordinators : await staff('admin')
  const byLanguage = new Map<AdminLanguage, string[]>()
  for (const user of to) {
    const language = isAdminLanguage(user.language) ? user.language : 'en'
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), user.email])
  }
  for (const [language, addresses] of byLanguage) await payload.sendEmail({ to: addresses, ...coordinatorNotice(inquiry, language) })
}

const coordinatorNotice = (inquiry: Inquiry, language: AdminLanguage) => {
  const t = (key: Parameters<typeof translateIn>[1], vars?: Record<string, unknown>) => translateIn(language, key, vars)
  const languageName = (code: string | null | undefined) => (code ? (new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code) : '-')
  const link = `${serverURL}/admin/collections/inquiries/${inquiry.id}`
  const lines = [
    t('noticeTitle', { reference: inquiry.reference }),
    t('noticeReplyIn', { language: languageName(inquiry.preferredLanguage), pageLanguage: languageName(inquiry.pageLocale) }),
    t('noticeTherapy', { value: titleOf(inquiry.therapy) ?? '-' }),
    t('noticeHospital', { value: titleOf(inquiry.hospital) ?? '-' }),
    t('noticeRecords', { count: inquiry.records?.length ?? 0 }),
    t(inquiry.agent ? 'noticeReferred' : 'noticeNotReferred'),
  ]
  return {
    subject: t('noticeSubject', { reference: inquiry.reference, language: languageName(inquiry.preferredLanguage) }),
    text: [...lines, '', `${t('noticeOpen')}: ${link}`].join('\n'),
    html: `<div lang="${language}" dir="${textDirection(language)}"><p>${lines.map(escapeHtml).join('<br>')}</p><p><a href="${escapeHtml(link)}">${escapeHtml(t('noticeOpen'))}</a></p></div>`,
  }
}

/** The patient's acknowledgement, in their language. Throws when the mail server refuses, so the job retries. */
export const acknowledgePatient = async (payload: Payload, inquiryId: string): Promise<void> => {
  const inquiry = await findInquiry(payload, inquiryId)
  if (!inquiry) return
  const locale = patientLocale(inquiry)
  const t = translatorFor(locale)
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(inquiry.preferredLanguage) ?? inquiry.preferredLanguage
  const paragraphs = [
    t('inquiryEmail.greeting', { name: inquiry.name }),
    t('inquiryEmail.received'),
    t('inquiryEmail.reference', { reference: inquiry.reference! }),
    t('inquiryEmail.records', { count: inquiry.records?.length ?? 0 }),
    t('inquiryEmail.next', { language }),
    ...(inquiry.caseSalt ? [t('case.ackLink'), caseUrl(locale, inquiry.caseSalt)] : []),
    t('inquiryEmail.notAdvice'),
    t('inquiryEmail.signature'),
  ]
  await payload.sendEmail({
    to: inquiry.email,
    subject: t('inquiryEmail.subject', { reference: inquiry.reference! }),
    text: paragraphs.join('\n\n'),
    // The patient's own words (their name) are escaped: whatever they typed is shown as text.
    html: `<div lang="${locale}" dir="${textDirection(locale)}">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`,
  })
}
