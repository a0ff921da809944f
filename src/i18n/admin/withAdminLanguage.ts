import type { DateField, Field } from 'payload'

type WithFields = { fields: Field[] }

/**
 * Date pickers show dates in the admin language's own order and words ("2026年12月1日 下午 7:56",
 * "1 декабря 2026 г., 19:56"): date-fns' localized tokens (P, p) instead of Payload's English
 * pattern ("MMM d, yyy h:mm a" read "12月 1, 2026 7:56 下午" in Chinese).
 */
const localDateFormat: Partial<Record<string, string>> = { dayAndTime: 'PPPp', dayOnly: 'PPP', timeOnly: 'p', default: 'PPP' }

const withLocalDate = (field: DateField): DateField => {
  const date = field.admin?.date ?? {}
  if (date.displayFormat) return field
  const displayFormat = localDateFormat[date.pickerAppearance ?? 'default']
  return displayFormat ? { ...field, admin: { ...field.admin, date: { ...date, displayFormat } as NonNullable<DateField['admin']>['date'] } } : field
}

/**
 * The safety net for what every field should say in the admin's language, anywhere in the tree:
 * an array or blocks field without `labels` gets its own translated label as row name (see
 * rowLabels.ts: never the English field name), a date field a localized display format.
 */
export const fillAdminLanguage = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'date') return withLocalDate(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: fillAdminLanguage(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: fillAdminLanguage(block.fields) })) }
    if (!('fields' in field)) return field
    const filled = { ...field, fields: fillAdminLanguage(field.fields) } as Field
    if (field.type === 'array' && !field.labels && field.label && typeof field.label !== 'function') {
      return { ...filled, labels: { singular: field.label, plural: field.label } } as Field
    }
    return filled
  })

/** Applied once to every collection and global (src/collections/index.ts, payload.config.ts). */
export const withAdminLanguage = <T extends WithFields>(config: T): T => ({ ...config, fields: fillAdminLanguage(config.fields) })
