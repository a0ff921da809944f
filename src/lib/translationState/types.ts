import type { Locale } from '@/i18n/locales'

/** Where a locale stands for one document: the source itself, or complete / stale / missing. */
export type LocaleStatus = 'source' | 'complete' | 'stale' | 'missing'

/** A label as Payload takes it: one string, or one per admin language. */
export type FieldLabel = string | Partial<Record<Locale, string>>

/** One localized text field of the document (a row's field counts once per row). */
export type TrackedField = {
  /** Stable across row moves: array rows are keyed by their id (`journey/<row id>/title`). */
  key: string
  /** Where the editor finds it today, e.g. `journey.2.title`. */
  path: string
  /** Labels from the top-level field down, with a row number where there is a row. */
  labels: FieldLabel[]
  /** Hash of the source-language text now. */
  source: string
  /** Hash of the source text each locale was translated from (or last reviewed against). */
  base: Partial<Record<Locale, string>>
}

export type LocaleDetails = { status: LocaleStatus; missing: string[]; stale: string[] }

/**
 * Stored in each document (`translation.details`): enough to say, without reading its versions,
 * which fields fell behind and what the source said when each translation was written.
 */
export type TranslationDetails = {
  source: Locale
  fields: Record<string, TrackedField>
  /** Source texts by hash: the current ones and those translations were made from. */
  texts: Record<string, string>
  locales: Partial<Record<Locale, LocaleDetails>>
}
