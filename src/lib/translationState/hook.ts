import type { FieldHook, RequestContext } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { collectFields, type CollectedField } from '@/lib/translationState/collect'
import { computeDetails, statusColumns } from '@/lib/translationState/compute'
import { translationSourceLocale } from '@/lib/translationState/sourceLocale'
import type { TranslationDetails } from '@/lib/translationState/types'

/** The group that holds the state; never tracked itself. */
export const TRANSLATION_FIELD = 'translation'

/** Set by markTranslationReviewed: these locales' baselines move to today's source text. */
export const REVIEWED_CONTEXT_KEY = 'translationReviewed'

const reviewedLocales = (context: RequestContext): Set<Locale> => {
  const value = context[REVIEWED_CONTEXT_KEY]
  return new Set((Array.isArray(value) ? value : []).filter(isLocale))
}

/**
 * Runs on every create and update (drafts and autosaves included), in whatever locale the save is
 * made, and recomputes the state from the stored document with all locales plus what is being
 * saved. Whatever a client sends for the state itself is ignored: it is only ever derived.
 */
export const computeTranslationState: FieldHook = ({ collection, global, data, siblingDocWithLocales, req }) => {
  const stored = (siblingDocWithLocales ?? {}) as Record<string, unknown>
  const previous = (stored[TRANSLATION_FIELD] as { details?: TranslationDetails } | undefined)?.details ?? undefined
  const locale = req.locale === 'all' ? 'all' : isLocale(req.locale) ? req.locale : translationSourceLocale()
  const out: CollectedField[] = []
  collectFields(collection?.fields ?? global?.fields ?? [], data as Record<string, unknown> | undefined, stored, {
    locale,
    skip: new Set([TRANSLATION_FIELD]),
    out,
  })
  const details = computeDetails({ fields: out, previous, source: translationSourceLocale(), reviewed: reviewedLocales(req.context) })
  return { ...statusColumns(details), details }
}
