import type { Field } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { isTranslatable, plainText } from '@/lib/translationState/plainText'
import type { FieldLabel } from '@/lib/translationState/types'

/** One localized text field with its text in each locale, after this save. */
export type CollectedField = {
  key: string
  path: string
  labels: FieldLabel[]
  text: Partial<Record<Locale, string>>
  /** Locales whose text this save changes: their translation is (re)written now. */
  written: Set<Locale>
}

type Walk = {
  /** The locale the save is made in (`all`: data carries every locale). */
  locale: Locale | 'all'
  /** Names of our own fields, never tracked. */
  skip: ReadonlySet<string>
  out: CollectedField[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const labelOf = (field: Field): FieldLabel => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string' || isObject(label)) return label as FieldLabel
  return 'name' in field ? field.name : ''
}

const rowsOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isObject) : [])

/** The stored row a submitted row continues: same id, else (no ids yet) the same position. */
const storedRow = (row: Record<string, unknown>, index: number, stored: Record<string, unknown>[]) =>
  (row.id != null ? stored.find((s) => s.id === row.id) : stored[index]) ?? {}

const leaf = (field: Field & { name: string }, data: Record<string, unknown> | undefined, stored: Record<string, unknown>, at: { key: string; path: string; labels: FieldLabel[] }, walk: Walk) => {
  const submitted = data !== undefined && Object.hasOwn(data, field.name)
  const storedValues = isObject(stored[field.name]) ? (stored[field.name] as Record<string, unknown>) : {}
  const text: Partial<Record<Locale, string>> = {}
  const written = new Set<Locale>()
  for (const locale of locales) {
    const before = plainText(field, storedValues[locale])
    let now = before
    if (submitted && walk.locale === locale) now = plainText(field, data[field.name])
    if (submitted && walk.locale === 'all' && isObject(data[field.name]) && Object.hasOwn(data[field.name] as object, locale)) {
      now = plainText(field, (data[field.name] as Record<string, unknown>)[locale])
    }
    text[locale] = now
    if (now !== before) written.add(locale)
  }
  walk.out.push({ ...at, text, written })
}

/**
 * Every localized text field of a document, merging what this save submits (in its locale) into
 * the stored document with all locales: the same merge Payload itself makes before writing.
 * Arrays and blocks that are not localized themselves are walked row by row, so "Step 3's
 * description" is tracked on its own; a localized array counts as one field.
 */
export const collectFields = (
  fields: Field[],
  data: Record<string, unknown> | undefined,
  stored: Record<string, unknown>,
  walk: Walk,
  at: { key: string; path: string; labels: FieldLabel[] } = { key: '', path: '', labels: [] },
): void => {
  const join = (base: string, part: string | number, sep = '.') => (base ? `${base}${sep}${part}` : String(part))
  // Keys are object keys in the stored JSON: no dots, which MongoDB would read as nested paths.
  const joinKey = (base: string, part: string | number) => join(base, part, '/')
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const label = (tab.label ?? tab.name) as FieldLabel
          const next = { key: joinKey(at.key, tab.name), path: join(at.path, tab.name), labels: [...at.labels, label] }
          collectFields(tab.fields, isObject(data?.[tab.name]) ? (data[tab.name] as Record<string, unknown>) : undefined, isObject(stored[tab.name]) ? (stored[tab.name] as Record<string, unknown>) : {}, walk, next)
        } else collectFields(tab.fields, data, stored, walk, at)
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) collectFields(field.fields, data, stored, walk, at)
      continue
    }
    if (field.type === 'ui' || field.type === 'join' || walk.skip.has(field.name)) continue
    const here = { key: joinKey(at.key, field.name), path: join(at.path, field.name), labels: [...at.labels, labelOf(field)] }
    if (field.localized) {
      if (isTranslatable(field)) leaf(field, data, stored, here, walk)
      continue
    }
    if (field.type === 'group') {
      collectFields(field.fields, isObject(data?.[field.name]) ? (data[field.name] as Record<string, unknown>) : undefined, isObject(stored[field.name]) ? (stored[field.name] as Record<string, unknown>) : {}, walk, here)
    } else if (field.type === 'array' || field.type === 'blocks') {
      const storedRows = rowsOf(stored[field.name])
      const submitted = data !== undefined && Object.hasOwn(data, field.name)
      const rows = submitted ? rowsOf(data[field.name]) : storedRows
      rows.forEach((row, index) => {
        const rowFields = field.type === 'array' ? field.fields : (field.blocks.find((b) => b.slug === row.blockType)?.fields ?? [])
        const rowAt = { key: joinKey(here.key, String(row.id ?? index)), path: join(here.path, index), labels: [...here.labels, String(index + 1)] }
        collectFields(rowFields, submitted ? row : undefined, storedRow(row, index, storedRows), walk, rowAt)
      })
    }
  }
}
