import type { Payload } from 'payload'

import { translateCase } from '@/i18n/admin/caseMessages'
import { isAdminLanguage, translateIn, type AdminLanguage } from '@/i18n/admin/translate'
import { textDirection } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { caseUrl } from '@/lib/case/caseUrl'
import { escapeHtml } from '@/lib/text/escapeHtml'
import { patientLocale } from '@/lib/inquiries/patientLocale'
import { serverURL } from '@/lib/serverUrls'
import type { Inquiry, User } from '@/payload-types'

const findInquiry = async (payload: Payload, id: string): Promise<Inquiry | undefined> => {
  const { docs } = await payload.find({ collection: 'inquiries', where: { id: { equals: id } }, limit: 1, depth: 0 })
  if (!docs[0]) payload.logger.warn(`[case] inquiry ${id} no longer exists: its e-mail is not sent`)
  return docs[0]
}

type Recipient = Pick<User, 'email' | 'language'>

/** The coordinator assigned to the case; without one, every coordinator (admins if there are none). */
const recipientsFor = async (payload: Payload, inquiry: Inquiry): Promise<Recipient[]> => {
  const select = { email: true, language: true } as const
  const assigned = typeof inquiry.coordinator === 'object' ? inquiry.coordinator?.id : inquiry.coordinator
  if (assigned != null) {
    const { docs } = await payload.find({ collection: 'users', where: { id: { equals: assigned } }, limit: 1, depth: 0, select })
    if (docs.length) return docs
  }
  for (const role of ['coordinator', 'admin'] as const) {
    const { docs } = await payload.find({ collection: 'users', where: { roles: { contains: role } }, limit: 50, depth: 0, select })
    if (docs.length) return docs
  }
  return []
}

/**
 * Tells the case's coordinator that the patient added records or a message on the case page. Like
 * the first notice, no health data travels by e-mail: the reference, counts and a link to the admin.
 */
export const notifyCaseUpdate = async (payload: Payload, inquiryId: string): Promise<void> => {
  const inquiry = await findInquiry(payload, inquiryId)
  if (!inquiry) return
  const latest = inquiry.patientUpdates?.at(-1)
  const byLanguage = new Map<AdminLanguage, string[]>()
  for (const user of await recipientsFor(payload, inquiry)) {
    const language = isAdminLanguage(user.language) ? user.language : 'en'
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), user.email])
  }
  const link = `${serverURL}/admin/collections/inquiries/${inquiry.id}`
  for (const [language, to] of byLanguage) {
    const lines = [
      translateCase(language, 'updateTitle', { reference: inquiry.reference }),
      translateCase(language, 'updateFiles', { count: latest?.files ?? 0 }),
      translateCase(language, latest?.message ? 'updateMessage' : 'updateNoMessage'),
    ]
    const open = translateIn(language, 'noticeOpen')
    await payload.sendEmail({
      to,
      subject: translateCase(language, 'updateSubject', { reference: inquiry.reference }),
      text: [...lines, '', `${open}: ${link}`].join('\n'),
      html: `<div lang="${language}" dir="${textDirection(language)}"><p>${lines.map(escapeHtml).join('<br>')}</p><p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p></div>`,
    })
  }
}

/**
 * A coordinator's reply, e-mailed to the patient: the frame (subject, greeting, the link to the
 * case page) in the reply's language, the coordinator's own words as written. Marks the reply as
 * e-mailed, which the case page shows. Throws when the mail server refuses, so the job retries.
 */
export const sendReplyMail = async (payload: Payload, inquiryId: string, replyId: string): Promise<void> => {
  const inquiry = await findInquiry(payload, inquiryId)
  const reply = inquiry?.replies?.find((row) => row.id === replyId)
  if (!inquiry || !reply) return
  if (reply.emailedAt) return
  const locale = reply.locale ?? patientLocale(inquiry)
  const t = translatorFor(locale)
  const link = inquiry.caseSalt ? caseUrl(locale, inquiry.caseSalt) : undefined
  const head = [t('case.replyEmail.greeting', { name: inquiry.name }), t('case.replyEmail.intro', { reference: inquiry.reference! })]
  const tail = [...(link && !inquiry.caseLinkRevoked ? [t('case.replyEmail.link'), link] : []), t('inquiryEmail.notAdvice'), t('inquiryEmail.signature')]
  const paragraph = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`
  await payload.sendEmail({
    to: inquiry.email,
    subject: t('case.replyEmail.subject', { reference: inquiry.reference! }),
    text: [...head, reply.text, ...tail].join('\n\n'),
    html: `<div lang="${locale}" dir="${textDirection(locale)}">${[...head, reply.text, ...tail].map(paragraph).join('')}</div>`,
  })
  const replies = (inquiry.replies ?? []).map((row) => (row.id === replyId ? { ...row, emailedAt: new Date().toISOString() } : row))
  await payload.update({ collection: 'inquiries', id: inquiry.id, depth: 0, data: { replies }, context: { caseMail: true } })
}
