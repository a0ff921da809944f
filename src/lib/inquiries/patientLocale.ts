import { isLocale, type Locale } from '@/i18n/locales'
import type { Inquiry } from '@/payload-types'

/** The patient's language if the portal speaks it, else the language they read the site in. */
export const patientLocale = (inquiry: Pick<Inquiry, 'preferredLanguage' | 'pageLocale'>): Locale =>
  isLocale(inquiry.preferredLanguage) ? inquiry.preferredLanguage : isLocale(inquiry.pageLocale) ? inquiry.pageLocale : 'en'
