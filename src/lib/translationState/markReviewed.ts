import type { CollectionSlug, Payload, TypedUser } from 'payload'

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
