import { locales, type Locale } from '@/i18n/locales'
import { lintText, type LintFinding } from '@/lib/contentLint/lintText'

type Json = unknown

// Keys whose values are identifiers, codes or addresses, not running text (and the translation
// state, which keeps source-language text on purpose).
const notText = new Set(['translation', 'slug', 'id', 'url', 'key', 'colors', 'motif', 'ref', 'createdAt', 'updatedAt', 'homeCountry', 'email', 'phone', 'whatsapp', 'wechatId', 'trialId', 'trialRegistry', 'filename', 'mimeType'])

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The visible text of a Lexical rich-text value, one string per block. */
const richTextBlocks = (node: Record<string, Json>): string[] => {
  const children = Array.isArray(node.children) ? node.children : []
  if (children.every((c) => isObject(c) && c.type === 'text')) {
    return [children.map((c) => (isObject(c) ? String(c.text ?? '') : '')).join('')]
  }
  return children.flatMap((c) => (isObject(c) ? richTextBlocks(c) : []))
}

/** Every piece of running text in one locale's view of a document, with where it sits. */
export const textsOf = (value: Json, path = ''): { path: string; text: string }[] => {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => textsOf(item, `${path}[${i}]`))
  if (!isObject(value)) return []
  if (isObject(value.root)) return richTextBlocks(value.root).map((text, i) => ({ path: `${path}¶${i + 1}`, text }))
  return Object.entries(value).flatMap(([key, inner]) => (notText.has(key) ? [] : textsOf(inner, path ? `${path}.${key}` : key)))
}

/** Percentages a document may quote in its text: the values of its own sourced outcome figures. */
export const sourcedFiguresOf = (doc: Json): Set<number> => {
  const rows = isObject(doc) && Array.isArray(doc.outcomes) ? doc.outcomes : []
  const figures = new Set<number>()
  for (const row of rows) {
    if (!isObject(row) || row.source == null) continue
    for (const key of ['value', 'valueMax']) if (typeof row[key] === 'number') figures.add(row[key] as number)
  }
  return figures
}

/**
 * The lint over one locale's view of a document (what the admin form holds for that locale).
 * `alsoSourced` adds figures sourced elsewhere (a department quoting its hospital's outcomes).
 */
export const lintDocument = (doc: Json, locale: Locale, alsoSourced: ReadonlySet<number> = new Set()): LintFinding[] => {
  const figures = new Set([...sourcedFiguresOf(doc), ...alsoSourced])
  return textsOf(doc).flatMap(({ path, text }) => lintText(text, locale, figures).map((f) => ({ ...f, where: path })))
}

const isLocalized = (v: Record<string, Json>) => locales.every((l) => l in v) && Object.keys(v).length === locales.length

/** One locale's view of a seed document (`{ en, zh, ru, ar }` values, `{ rich }` paragraphs). */
export const seedView = (value: Json, locale: Locale): Json => {
  if (Array.isArray(value)) return value.map((v) => seedView(v, locale))
  if (!isObject(value)) return value
  // A reference stays a (non-text) marker, so a figure's source still counts as present.
  if ('ref' in value && 'slug' in value) return { ref: value.slug }
  if (isObject(value.rich) && isLocalized(value.rich)) return value.rich[locale]
  if (isLocalized(value)) return value[locale]
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, seedView(v, locale)]))
}

/** The lint over a seed document in all four languages. */
export const lintSeedDocument = (doc: Json, alsoSourced?: ReadonlySet<number>): LintFinding[] =>
  locales.flatMap((locale) => lintDocument(seedView(doc, locale), locale, alsoSourced))
