import { createHash } from 'node:crypto'

import type { Field } from 'payload'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The words of a Lexical tree, one line per block: formatting alone does not make a text stale. */
const lexicalText = (node: unknown): string => {
  if (!isObject(node)) return ''
  if (typeof node.text === 'string') return node.text
  const children = Array.isArray(node.children) ? node.children.map(lexicalText) : []
  const joiner = node.type === 'root' ? '\n' : ''
  return children.filter(Boolean).join(joiner)
}

/** The text of the data-bearing fields in `fields` (unnamed rows, collapsibles and tabs included). */
const textOfFields = (fields: Field[], value: unknown): string[] => {
  if (!isObject(value)) return []
  return fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? textOfFields(tab.fields, value[tab.name]) : textOfFields(tab.fields, value)))
    if (!('name' in field)) return 'fields' in field ? textOfFields(field.fields, value) : []
    return [plainText(field, value[field.name])]
  })
}

/**
 * What a translator translates in a field's value: text, textarea and rich text; for a localized
 * array, group or blocks field, the text of all its rows. Numbers, choices and links are shared
 * or not text, so they never make a translation stale.
 */
export const plainText = (field: Field, value: unknown): string => {
  if (value == null) return ''
  switch (field.type) {
    case 'text':
    case 'textarea':
      return Array.isArray(value) ? value.map(String).join('\n').trim() : String(value).trim()
    case 'richText':
      return isObject(value) ? lexicalText(value.root).trim() : ''
    case 'array':
      return Array.isArray(value) ? value.flatMap((row) => textOfFields(field.fields, row)).filter(Boolean).join('\n') : ''
    case 'group':
      return textOfFields(field.fields, value).filter(Boolean).join('\n')
    case 'blocks':
      return Array.isArray(value)
        ? value
            .flatMap((row) => {
              const block = field.blocks.find((b) => isObject(row) && b.slug === row.blockType)
              return block ? textOfFields(block.fields, row) : []
            })
            .filter(Boolean)
            .join('\n')
        : ''
    default:
      return ''
  }
}

/**
 * `custom` of a localized field whose value is chosen per language, not translated: a phone number
 * or chat id per language's coordinator. Its languages are never missing or stale against English.
 */
export const notTranslated = { translationState: false } as const

/** Field types whose localized value is text for a translator (unless marked `notTranslated`). */
export const isTranslatable = (field: Field): boolean =>
  ['text', 'textarea', 'richText', 'array', 'group', 'blocks'].includes(field.type) && (field.custom as { translationState?: boolean } | undefined)?.translationState !== false

export const textHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 16)
