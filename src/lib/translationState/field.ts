import type { Field, GroupField } from 'payload'

import { isContentEditorField } from '@/access/isContentEditor'
import { translationLabels as T, translationStatusOptions } from '@/i18n/admin/translationLabels'
import { localeLabels, locales } from '@/i18n/locales'
import { computeTranslationState, TRANSLATION_FIELD } from '@/lib/translationState/hook'

const derivedOnly = () => false

/**
 * The translation state of a document: one status per locale (columns the list view shows and
 * filters on, e.g. "Translation › Русский equals Stale") and the details behind them (which
 * fields, and the source text each translation was made from). Editors read it; nobody writes it.
 */
export const translationStateField = (): GroupField => ({
  name: TRANSLATION_FIELD,
  type: 'group',
  label: T.group,
  access: { read: isContentEditorField, create: derivedOnly, update: derivedOnly },
  hooks: { beforeChange: [computeTranslationState] },
  admin: { position: 'sidebar', readOnly: true, components: { Field: '@/components/admin/translation/TranslationBadge#TranslationBadge' } },
  fields: [
    ...locales.map(
      (code): Field => ({ name: code, type: 'select', label: localeLabels[code], options: translationStatusOptions, index: true, admin: { readOnly: true, components: { Cell: '@/components/admin/translation/TranslationStatusCell#TranslationStatusCell' } } }),
    ),
    { name: 'details', type: 'json', label: T.details, admin: { hidden: true } },
  ],
})
