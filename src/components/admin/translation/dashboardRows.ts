import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import type { Locale } from '@/i18n/locales'
import { countGlobalTranslationWork, globalWorkUrl } from '@/lib/translationState/countGlobalWork'
import { countTranslationWork, workListUrl } from '@/lib/translationState/countWork'

type Status = 'missing' | 'stale'
export type DashboardCell = { locale: Locale; missing: number; stale: number; href: (status: Status) => string }
export type DashboardRow = { key: string; kind: 'collection' | 'global'; label: string; cells: DashboardCell[] }

/**
 * The dashboard's rows: each collection (its numbers open the list filtered to that locale and
 * status), then each global (one document, so 0 or 1; it opens the global in that locale).
 */
export const translationDashboardRows = async (payload: Payload, user: TypedUser, i18n: I18nClient): Promise<DashboardRow[]> => {
  const [collectionRows, globalRows] = await Promise.all([countTranslationWork(payload, user), countGlobalTranslationWork(payload, user)])
  const admin = payload.config.routes.admin
  const collections = [...new Set(collectionRows.map((r) => r.collection))]
  const globals = [...new Set(globalRows.map((r) => r.global))]
  return [
    ...collections.map((slug) => ({
      key: slug,
      kind: 'collection' as const,
      label: getTranslation(payload.collections[slug]?.config.labels.plural ?? slug, i18n),
      cells: collectionRows.filter((r) => r.collection === slug).map((r) => ({ ...r, href: (status: Status) => workListUrl(admin, slug, r.locale, status) })),
    })),
    ...globals.map((slug) => ({
      key: slug,
      kind: 'global' as const,
      label: getTranslation(payload.config.globals.find((g) => g.slug === slug)?.label ?? slug, i18n),
      cells: globalRows.filter((r) => r.global === slug).map((r) => ({ ...r, href: () => globalWorkUrl(admin, slug, r.locale) })),
    })),
  ]
}
