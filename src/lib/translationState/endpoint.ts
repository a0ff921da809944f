import { APIError, type CollectionSlug, type Endpoint, type GlobalSlug, type PayloadRequest } from 'payload'

import { translationLabels } from '@/i18n/admin/translationLabels'
import { isLocale } from '@/i18n/locales'
import { markGlobalTranslationReviewed, markTranslationReviewed } from '@/lib/translationState/markReviewed'
import { translationSourceLocale } from '@/lib/translationState/sourceLocale'

const language = (req: PayloadRequest) => (isLocale(req.i18n?.language) ? req.i18n.language : 'en')

const readLocale = async (req: PayloadRequest): Promise<unknown> => {
  try {
    const body = (await req.json?.()) as { locale?: unknown } | undefined
    return body?.locale
  } catch {
    return undefined
  }
}

/** A collection's documents (`/:id/translation-reviewed`) or one global (`/translation-reviewed`). */
type Target = { collection: CollectionSlug } | { global: GlobalSlug }

/**
 * `POST /api/<collection>/<id>/translation-reviewed` or `POST /api/globals/<slug>/translation-reviewed`
 * with `{ "locale": "ru" }`: the translator's "still right" for one locale. Answers the new state,
 * or 400 / 403 / 404 in the caller's language.
 */
export const translationReviewedEndpoint = (target: Target): Endpoint => ({
  path: 'collection' in target ? '/:id/translation-reviewed' : '/translation-reviewed',
  method: 'post',
  handler: async (req) => {
    const locale = await readLocale(req)
    if (!isLocale(locale) || locale === translationSourceLocale()) {
      return Response.json({ errors: [{ message: translationLabels.invalidLocale[language(req)] }] }, { status: 400 })
    }
    try {
      const doc =
        'collection' in target
          ? await markTranslationReviewed(req.payload, { collection: target.collection, id: String(req.routeParams?.id ?? ''), locale, user: req.user })
          : await markGlobalTranslationReviewed(req.payload, { global: target.global, locale, user: req.user })
      return Response.json({ translation: (doc as { translation?: unknown }).translation })
    } catch (error) {
      // Payload's Forbidden and NotFound carry their status and a message in the user's language.
      if (error instanceof APIError && error.status < 500) return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      throw error
    }
  },
})
