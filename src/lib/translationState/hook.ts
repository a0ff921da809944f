import type { Field, FieldHook, RequestContext } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { collectFields, type CollectedField } from '@/lib/translationState/collect'
import { computeDetails, statusColumns } from '@/lib/translationState/compute'
import { translationSourceLocale } from '@/lib/translationState/sourceLocale'
import type { LocaleStatus, TranslationDetails } from '@/lib/translationState/types'

/** The group that holds the state; never tracked itself. */
export const TRANSLATION_FIELD = 'translation'

/** Set by markTranslationReviewed: these locales' baselines move to today's source text. */
export const REVIEWED_CONTEXT_KEY = 'translationReviewed'

export type TranslationState = Record<Locale, LocaleStatus> & { details: TranslationDetails }

const reviewedLocales = (context: RequestContext): Set<Locale> => {
  const value = context[REVIEWED_CONTEXT_KEY]
  return new Set((Array.isArray(value) ? value : []).filter(isLocale))
}

/**
 * The state of a document (`stored`, with all locales) after a save of `data` in `locale`. The
 * hook below and the backfill job (./backfill.ts, `data` undefined: a save that changes nothing)
 * both compute it here, so a backfilled state is the one the next save would write.
 */
export const translationStateOf = ({ fields, data, stored, locale, reviewed = new Set() }: {
  fields: Field[]
  data: Record<string, unknown> | undefined
  stored: Record<string, unknown>
  locale: Locale | 'all'
  reviewed?: ReadonlySet<Locale>
}): TranslationState => {
  const previous = (stored[TRANSLATION_FIELD] as { details?: TranslationDetails } | null | undefined)?.details ?? undefined
  const out: CollectedField[] = []
  collectFields(fields, data, stored, { locale, skip: new Set([TRANSLATION_FIELD]), out })
  const details = computeDetails({ fields: out, previous, source: translationSourceLocale(), reviewed })
  return { ...statusColumns(details), details }
}

/**
 * Runs on every create and update (drafts and autosaves included), in whatever locale the save is
 * made, and recomputes the state from the stored document with all locales plus what is being
 * saved. Whatever a client sends for the state itself is ignored: it is only ever derived.
 */
export const computeTranslationState: FieldHook = ({ collection, global, data, siblingDocWithLocales, req }) =>
  translationStateOf({
    fields: collection?.fields ?? global?.fields ?? [],
    data: data as Record<string, unknown> | undefined,
    stored: (siblingDocWithLocales ?? {}) as Record<string, unknown>,
    locale: req.locale === 'all' ? 'all' : isLocale(req.locale) ? req.locale : translationSourceLocale(),
    reviewed: reviewedLocales(req.context),
  })
