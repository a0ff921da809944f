import { locales, type Locale } from '@/i18n/locales'
import type { CollectedField } from '@/lib/translationState/collect'
import { textHash } from '@/lib/translationState/plainText'
import type { LocaleDetails, LocaleStatus, TrackedField, TranslationDetails } from '@/lib/translationState/types'

/** Long enough to compare a paragraph side by side, short enough to keep the document small. */
const TEXT_LIMIT = 4000

/**
 * A locale's translation of a field is *missing* when it is empty while the source is not; *stale*
 * when the source text changed since the translation was written (or last marked reviewed);
 * otherwise *complete*. A translation written in this save, or with no baseline yet (content from
 * before this check existed), is taken as made from today's source.
 */
export const computeDetails = ({
  fields,
  previous,
  source,
  reviewed,
}: {
  fields: CollectedField[]
  previous: TranslationDetails | undefined
  source: Locale
  reviewed: ReadonlySet<Locale>
}): TranslationDetails => {
  // Baselines made against another source language say nothing about this one.
  const before = previous?.source === source ? previous : undefined
  const tracked: Record<string, TrackedField> = {}
  const texts: Record<string, string> = {}
  const perLocale = Object.fromEntries(locales.filter((l) => l !== source).map((l) => [l, { missing: [] as string[], stale: [] as string[] }]))

  for (const field of fields) {
    const sourceText = field.text[source] ?? ''
    if (!sourceText) continue
    const hash = textHash(sourceText)
    texts[hash] = sourceText.slice(0, TEXT_LIMIT)
    const base: Partial<Record<Locale, string>> = {}
    for (const locale of locales) {
      if (locale === source) continue
      if (!field.text[locale]) {
        perLocale[locale]!.missing.push(field.key)
        continue
      }
      const earlier = before?.fields[field.key]?.base[locale]
      base[locale] = field.written.has(locale) || reviewed.has(locale) || earlier === undefined ? hash : earlier
      if (base[locale] !== hash) {
        perLocale[locale]!.stale.push(field.key)
        const old = before?.texts[base[locale]!]
        if (old !== undefined) texts[base[locale]!] = old
      }
    }
    tracked[field.key] = { key: field.key, path: field.path, labels: field.labels, source: hash, base }
  }

  const localeDetails: Partial<Record<Locale, LocaleDetails>> = { [source]: { status: 'source', missing: [], stale: [] } }
  for (const [locale, { missing, stale }] of Object.entries(perLocale)) {
    // Missing text is the bigger job: a locale with both is listed as missing (details keep both).
    const status: LocaleStatus = missing.length ? 'missing' : stale.length ? 'stale' : 'complete'
    localeDetails[locale as Locale] = { status, missing, stale }
  }
  return { source, fields: tracked, texts, locales: localeDetails }
}

/** The per-locale statuses kept beside the details, as columns the list view can filter on. */
export const statusColumns = (details: TranslationDetails): Record<Locale, LocaleStatus> =>
  Object.fromEntries(locales.map((l) => [l, details.locales[l]?.status ?? 'complete'])) as Record<Locale, LocaleStatus>
