import type { GlobalSlug, Payload, TypedUser } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { TRANSLATION_FIELD } from '@/lib/translationState/hook'
import { translationSourceLocale } from '@/lib/translationState/sourceLocale'
import type { LocaleStatus } from '@/lib/translationState/types'

/** A global is one document: each count is 0 or 1. */
export type GlobalWorkCount = { global: GlobalSlug; locale: Locale; missing: number; stale: number }

/** Globals that carry a translation state (see withGlobalTranslationState). */
export const trackedGlobals = (payload: Payload): GlobalSlug[] =>
  payload.config.globals
    .filter((global) => global.fields.some((field) => 'name' in field && field.name === TRANSLATION_FIELD))
    .map((global) => global.slug as GlobalSlug)

/**
 * Per global and locale, whether it is missing or stale: its latest version (a draft if there is
 * one), read with the user's access. Someone who may not read the state sees only zeros.
 */
export const countGlobalTranslationWork = async (payload: Payload, user: TypedUser | null): Promise<GlobalWorkCount[]> => {
  const source = translationSourceLocale()
  const rows: GlobalWorkCount[] = []
  for (const global of trackedGlobals(payload)) {
    const doc = await payload.findGlobal({ slug: global, depth: 0, draft: true, select: { translation: true }, user, overrideAccess: false })
    const state = (doc as { translation?: Partial<Record<Locale, LocaleStatus | null>> }).translation
    for (const locale of locales.filter((l) => l !== source)) {
      rows.push({ global, locale, missing: state?.[locale] === 'missing' ? 1 : 0, stale: state?.[locale] === 'stale' ? 1 : 0 })
    }
  }
  return rows
}

/** The global's edit view in that locale, where the sidebar lists the fields to translate. */
export const globalWorkUrl = (adminRoute: string, global: GlobalSlug, locale: Locale) => `${adminRoute}/globals/${global}?${new URLSearchParams({ locale })}`
