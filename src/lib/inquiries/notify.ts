import type { Payload } from 'payload'

import { isLocale, textDirection, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { serverURL } from '@/lib/serverUrls'
import type { Inquiry } from '@/payload-types'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** The patient's language if the portal speaks it, else the language they read the site in. */
const patientLocale = (inquiry: Inquiry): Locale =>
  isLocale(inquiry.preferredLanguage) ? inquiry.preferredLanguage : isLocale(inquiry.pageLocale) ? inquiry.pageLocale : 'en'

/**
 * After an inquiry is stored: a notice to every coordinator (admins if there are none yet) and an
 * acknowledgement to the patient in their language. Sent after the response, so a slow mail
 * server never delays or fails the patient's request; failures are logged for the team.
 * The coordinators' notice carries no health data, only the reference and a link to the admin:
 * e-mail is not where medical details should travel.
 */
export const notifyInquiry = async (payload: Payload, inquiryId: Inquiry['id']): Promise<void> => {
  const inquiry = await payload.findByID({ collection: 'inquiries', id: inquiryId, depth: 1 })
  const results = await Promise.allSettled([notifyCoordinators(payload, inquiry), acknowledgePatient(payload, inquiry)])
  for (const result of results) {
    if (result.status === 'rejected') payload.logger.error({ err: result.reason }, `[inquiry] e-mail for ${inquiry.reference} failed`)
  }
}

const titleOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : undefined)

const notifyCoordinators = async (payload: Payload, inquiry: Inquiry) => {
  const staff = async (role: 'coordinator' | 'admin') =>
    (await payload.find({ collection: 'users', where: { roles: { contains: role } }, limit: 50, depth: 0, select: { email: true } })).docs.map((user) => user.email)
  const coordinators = await staff('coordinator')
  const to = coordinators.length ? coordinators : await staff('admin')
  if (!to.length) return
  const link = `${serverURL}/admin/collections/inquiries/${inquiry.id}`
  const lines = [
    `New inquiry ${inquiry.reference}`,
    `Reply in: ${inquiry.preferredLanguage} (site read in ${inquiry.pageLocale ?? 'unknown'})`,
    `Therapy: ${titleOf(inquiry.therapy) ?? '-'}`,
    `Hospital: ${titleOf(inquiry.hospital) ?? '-'}`,
    `Records attached: ${inquiry.records?.length ?? 0}`,
    `Referred by an agent: ${inquiry.agent ? 'yes' : 'no'}`,
    '',
    `Open it in the admin: ${link}`,
  ]
  await payload.sendEmail({
    to,
    subject: `New inquiry ${inquiry.reference} (${inquiry.preferredLanguage})`,
    text: lines.join('\n'),
    html: `<p>${lines.slice(0, -2).map(escapeHtml).join('<br>')}</p><p><a href="${escapeHtml(link)}">Open it in the admin</a></p>`,
  })
}

const acknowledgePatient = async (payload: Payload, inquiry: Inquiry) => {
  const locale = patientLocale(inquiry)
  const t = translatorFor(locale)
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(inquiry.preferredLanguage) ?? inquiry.preferredLanguage
  const paragraphs = [
    t('inquiryEmail.greeting', { name: inquiry.name }),
    t('inquiryEmail.received'),
    t('inquiryEmail.reference', { reference: inquiry.reference! }),
    t('inquiryEmail.records', { count: inquiry.records?.length ?? 0 }),
    t('inquiryEmail.next', { language }),
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
