import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { richTextFromParagraphs } from '@/seed/richText'

type Plain = null | undefined | string | number | boolean | Plain[] | { [key: string]: Plain }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isLocalized = (value: Record<string, unknown>): boolean => {
  const keys = Object.keys(value)
  return keys.length === locales.length && locales.every((locale) => keys.includes(locale))
}

/**
 * One locale's view of a seed document: every `{ en, zh, ru, ar }` becomes its value in `locale`,
 * every `{ rich: { ... } }` becomes Lexical rich text, and references become IDs via `resolveRef`.
 */
export const pickLocale = (
  value: unknown,
  locale: Locale,
  resolveRef: (collection: string, slug: string) => number | string,
): Plain => {
  if (Array.isArray(value)) return value.map((item) => pickLocale(item, locale, resolveRef))
  if (!isObject(value)) return value as Plain
  if ('ref' in value && 'slug' in value) return resolveRef(String(value.ref), String(value.slug))
  if ('rich' in value && isObject(value.rich) && isLocalized(value.rich)) {
    return richTextFromParagraphs(value.rich[locale] as string[]) as unknown as Plain
  }
  if (isLocalized(value)) return value[locale] as Plain
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pickLocale(inner, locale, resolveRef)]))
}

/**
 * Array rows keep their identity across locales: a row's figures are shared, only its text is
 * translated. Writing a locale with rows that lack IDs would replace the rows (and drop the other
 * locales' text), so copy each stored row's ID onto the incoming row at the same position.
 */
export const withRowIds = (incoming: unknown, stored: unknown): unknown => {
  if (Array.isArray(incoming)) {
    const rows = Array.isArray(stored) ? stored : []
    return incoming.map((row, i) => {
      const merged = withRowIds(row, rows[i])
      const id = isObject(rows[i]) ? rows[i].id : undefined
      return isObject(merged) && id != null && isObject(row) ? { ...merged, id } : merged
    })
  }
  if (isObject(incoming) && isObject(stored) && !('root' in incoming)) {
    return Object.fromEntries(Object.entries(incoming).map(([key, inner]) => [key, withRowIds(inner, stored[key])]))
  }
  return incoming
}
