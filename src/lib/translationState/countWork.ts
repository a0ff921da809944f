import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { TRANSLATION_FIELD } from '@/lib/translationState/hook'
import { translationSourceLocale } from '@/lib/translationState/sourceLocale'

export type WorkCount = { collection: CollectionSlug; locale: Locale; missing: number; stale: number }

/** Collections that carry a translation state (see withTranslationState). */
export const trackedCollections = (payload: Payload): CollectionSlug[] =>
  Object.values(payload.collections)
    .filter(({ config }) => config.fields.some((field) => 'name' in field && field.name === TRANSLATION_FIELD))
    .map(({ config }) => config.slug as CollectionSlug)

/**
 * How many documents per collection and locale are missing or stale: the latest version of each
 * (a draft if there is one), as the admin's list views show them, read with the user's access.
 */
export const countTranslationWork = async (payload: Payload, user: TypedUser | null): Promise<WorkCount[]> => {
  const source = translationSourceLocale()
  const count = async (collection: CollectionSlug, locale: Locale, status: 'missing' | 'stale') => {
    const result = await payload.find({
      collection,
      where: { [`${TRANSLATION_FIELD}.${locale}`]: { equals: status } },
      draft: true,
      depth: 0,
      limit: 1,
      select: {},
      user,
      overrideAccess: false,
    })
    return result.totalDocs
  }
  const rows: WorkCount[] = []
  for (const collection of trackedCollections(payload)) {
    for (const locale of locales.filter((l) => l !== source)) {
      const [missing, stale] = await Promise.all([count(collection, locale, 'missing'), count(collection, locale, 'stale')])
      rows.push({ collection, locale, missing, stale })
    }
  }
  return rows
}

/** The list view filtered to one locale's status, as Payload's filter controls write it. */
export const workListUrl = (adminRoute: string, collection: CollectionSlug, locale: Locale, status: 'missing' | 'stale') =>
  `${adminRoute}/collections/${collection}?${new URLSearchParams({ [`where[or][0][and][0][${TRANSLATION_FIELD}.${locale}][equals]`]: status })}`
