import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { locales } from '@/i18n/locales'
import { translationReviewedEndpoint } from '@/lib/translationState/endpoint'
import { translationStateField } from '@/lib/translationState/field'
import { TRANSLATION_FIELD } from '@/lib/translationState/hook'
import { isTranslatable } from '@/lib/translationState/plainText'
import { translationSourceLocale } from '@/lib/translationState/sourceLocale'

const hasLocalizedText = (fields: Field[]): boolean =>
  fields.some((field) => {
    if (field.type === 'tabs') return field.tabs.some((tab) => hasLocalizedText(tab.fields))
    if ('localized' in field && field.localized && isTranslatable(field)) return true
    if (field.type === 'blocks') return field.blocks.some((block) => hasLocalizedText(block.fields))
    return 'fields' in field && hasLocalizedText(field.fields)
  })

/**
 * Gives a collection with translated text its translation state (see ./field.ts) and the
 * "mark reviewed" endpoint. Applied once, to the whole collection list (src/collections/index.ts),
 * so a new collection with localized fields gets it without anyone remembering to add it.
 */
export const withTranslationState = (collection: CollectionConfig): CollectionConfig => {
  if (!hasLocalizedText(collection.fields)) return collection
  // A status column per translated locale in the list view (each user can hide them).
  const defaultColumns = collection.admin?.defaultColumns
  const columns = locales.filter((l) => l !== translationSourceLocale()).map((l) => `${TRANSLATION_FIELD}.${l}`)
  return {
    ...collection,
    admin: { ...collection.admin, ...(defaultColumns ? { defaultColumns: [...defaultColumns, ...columns] } : {}) },
    fields: [...collection.fields, translationStateField()],
    endpoints: [...(Array.isArray(collection.endpoints) ? collection.endpoints : []), translationReviewedEndpoint({ collection: collection.slug as never })],
  }
}

/**
 * The same for a global with translated text (site settings, travel guide), applied to the whole
 * global list in src/globals/index.ts; its endpoint is `POST /api/globals/<slug>/translation-reviewed`.
 */
export const withGlobalTranslationState = (global: GlobalConfig): GlobalConfig => {
  if (!hasLocalizedText(global.fields)) return global
  return {
    ...global,
    fields: [...global.fields, translationStateField()],
    endpoints: [...(Array.isArray(global.endpoints) ? global.endpoints : []), translationReviewedEndpoint({ global: global.slug as never })],
  }
}

export { markGlobalTranslationReviewed, markTranslationReviewed } from '@/lib/translationState/markReviewed'
export { translationSourceLocale } from '@/lib/translationState/sourceLocale'
export type { LocaleStatus, TranslationDetails } from '@/lib/translationState/types'
