import type { Locale } from '@/i18n/locales'

/** A value as shown to the visitor: in their language, or in English when not yet translated. */
export type Shown<V> = { value: V; lang: Locale; fallback: boolean }

const isEmpty = (value: unknown): boolean => {
  if (value == null) return true
  if (typeof value === 'string') return value.trim() === ''
  // Rich text counts as empty unless some text node holds a character.
  if (typeof value === 'object' && 'root' in (value as object)) return !/"text":"[^"]/.test(JSON.stringify(value))
  return false
}

/**
 * Picks the visitor's language, else English, and says which one it is, so the page can mark an
 * English block with lang="en" and tell the visitor it is not yet translated.
 */
export const shown = <V>(own: V | null | undefined, english: V | null | undefined, locale: Locale): Shown<V> | undefined => {
  if (!isEmpty(own)) return { value: own as V, lang: locale, fallback: false }
  if (!isEmpty(english)) return { value: english as V, lang: 'en', fallback: locale !== 'en' }
  return undefined
}
