import type { CollectionSlug, GlobalSlug, Payload, TypedUser } from 'payload'

import type { Locale } from '@/i18n/locales'
import { REVIEWED_CONTEXT_KEY } from '@/lib/translationState/hook'

/**
 * A translator read the translation against today's source and it still says the same: its stale
 * fields become complete, the text stays as it is. Saved the way the document stands: a new
 * draft version when the latest one is a draft (the published page is untouched), otherwise a
 * published save. Access is the caller's: pass `user` (editors only) or `overrideAccess: true`.
 */
export const markTranslationReviewed = async (
  payload: Payload,
  { collection, id, locale, user, overrideAccess = false }: { collection: CollectionSlug; id: number | string; locale: Locale; user?: TypedUser | null; overrideAccess?: boolean },
) => {
  const versioned = Boolean(payload.collections[collection]?.config.versions)
  const latest = await payload.findByID({ collection, id, depth: 0, draft: true, locale, user, overrideAccess })
  const isDraft = versioned && (latest as { _status?: string })._status === 'draft'
  return payload.update({
    collection,
    id,
    data: {},
    depth: 0,
    locale,
    draft: isDraft,
    user,
    overrideAccess,
    // The text is unchanged: no page needs rebuilding.
    context: { [REVIEWED_CONTEXT_KEY]: [locale], disableRevalidate: true },
  })
}

/** The same for a global (site settings, travel guide): a draft stays a draft, with the caller's access. */
export const markGlobalTranslationReviewed = async (
  payload: Payload,
  { global, locale, user, overrideAccess = false }: { global: GlobalSlug; locale: Locale; user?: TypedUser | null; overrideAccess?: boolean },
) => {
  const versions = payload.config.globals.find((g) => g.slug === global)?.versions
  const drafts = Boolean(versions && typeof versions === 'object' && versions.drafts)
  const latest = drafts ? await payload.findGlobal({ slug: global, depth: 0, draft: true, locale, user, overrideAccess }) : undefined
  return payload.updateGlobal({
    slug: global,
    data: {},
    depth: 0,
    locale,
    draft: (latest as { _status?: string } | undefined)?._status === 'draft',
    user,
    overrideAccess,
    context: { [REVIEWED_CONTEXT_KEY]: [locale], disableRevalidate: true },
  })
}
