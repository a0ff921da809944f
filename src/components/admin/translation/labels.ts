import { isLocale, type Locale } from '@/i18n/locales'
import type { FieldLabel } from '@/lib/translationState/types'

/** The admin language as one of ours (Payload may report another while loading). */
export const adminLanguage = (language: string): Locale => (isLocale(language) ? language : 'en')

/** "Journey › 3 › Description" in the admin language, from the labels stored with the state. */
export const fieldName = (labels: FieldLabel[], language: Locale): string =>
  labels.map((label) => (typeof label === 'string' ? label : (label[language] ?? label.en ?? ''))).join(' › ')

export const pillStyle = { stale: 'warning', missing: 'error', complete: 'success', source: 'light' } as const
