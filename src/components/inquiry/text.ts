import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { SPOKEN_LANGUAGES, type FieldErrorCode, type InquiryFieldName, type RecordErrorCode } from '@/lib/inquiries/schema'

/**
 * Every word the inquiry form shows, resolved on the server in the page's language and handed to
 * the client component: the browser gets these strings, not an i18n runtime. Error texts keep
 * their {max} and {file} slots, which the form fills in; the summary is one string per count.
 */
export const inquiryText = async (locale: Locale) => {
  const t = await getTranslations({ locale, namespace: 'inquiry' })
  const field = (key: string) => t(`fields.${key}` as 'fields.name')
  const labels = Object.fromEntries(
    (['name', 'email', 'phone', 'country', 'preferredLanguage', 'patientAge', 'diagnosis', 'treatmentSoFar', 'therapy', 'hospital', 'message', 'records'] as const).map(
      (key) => [key, field(key)],
    ),
  ) as Record<Exclude<InquiryFieldName, 'consent' | 'transferConsent'> | 'records', string>
  const codes: (FieldErrorCode | RecordErrorCode)[] = ['required', 'tooLong', 'email', 'phone', 'country', 'choice', 'age', 'consent', 'transferConsent', 'text', 'tooManyFiles', 'fileTooLarge', 'fileType', 'fileEmpty', 'fileDamaged']
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' })
  return {
    requiredNote: t('requiredNote'),
    sections: { contact: t('sections.contact'), patient: t('sections.patient'), interest: t('sections.interest'), consents: t('sections.consents') },
    labels: { ...labels, consent: t('consent.text'), transferConsent: t('consent.transfer') } as Record<InquiryFieldName | 'records', string>,
    hints: { email: field('emailHint'), phone: field('phoneHint'), diagnosis: field('diagnosisHint'), records: field('recordsHint') },
    none: { country: field('countryNone'), therapy: field('therapyNone'), hospital: field('hospitalNone') },
    honeypot: field('honeypot'),
    privacy: t('consent.privacy'),
    privacyHref: `/${locale}/privacy`,
    submit: t('submit'),
    sending: t('sending'),
    errors: {
      ...(Object.fromEntries(codes.map((code) => [code, t.raw(`errors.${code}`) as string])) as Record<FieldErrorCode | RecordErrorCode, string>),
      // Index = number of fields with a problem (0 is never shown).
      summary: Array.from({ length: 15 }, (_, count) => t('errors.summary', { count })),
      filesAgain: t('errors.filesAgain'),
    },
    unavailable: { title: t('unavailable.title'), text: t('unavailable.text') },
    rateLimitedTitle: t('rateLimited.title'),
    // Each language named in itself too, so a patient finds theirs on a page they can't read.
    languages: SPOKEN_LANGUAGES.map((code): [string, string] => {
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
      const here = languageNames.of(code) ?? code
      return [code, own === here ? here : `${here} · ${own}`]
    }),
  }
}

export type InquiryText = Awaited<ReturnType<typeof inquiryText>>
