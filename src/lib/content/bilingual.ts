import type { Locale } from '@/i18n/locales'

/** A document in the visitor's language (no Payload fallback), with its English original beside it. */
export type Bilingual<T> = { doc: T; en: T }

type Identified = { id: number | string }

/**
 * Reads documents twice, in `locale` without Payload's fallback and in English, and pairs them by
 * ID. The page then decides per block what to show (see shown.ts), which a silent fallback can't.
 */
export const pairWithEnglish = async <T extends Identified>(
  locale: Locale,
  read: (locale: Locale) => Promise<T[]>,
): Promise<Bilingual<T>[]> => {
  const own = await read(locale)
  if (locale === 'en') return own.map((doc) => ({ doc, en: doc }))
  const english = new Map((await read('en')).map((doc) => [doc.id, doc]))
  return own.map((doc) => ({ doc, en: english.get(doc.id) ?? doc }))
}
