import type { TextField, TextFieldSingleValidation } from 'payload'

import { fieldLabels } from '@/i18n/admin/fieldLabels'
import { translate } from '@/i18n/admin/translate'
import { SLUG_PATTERN, slugify } from '@/lib/slugify'

type SlugOptions = { from?: string }

/**
 * One ASCII slug shared by every locale (so /en/… and /ar/… name the same document), unique per
 * collection, filled from the English title when left empty.
 */
const validateSlug: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return req.t('validation:required')
  return SLUG_PATTERN.test(value) || translate(req, 'slugInvalid')
}

export const slugField = ({ from = 'name' }: SlugOptions = {}): TextField => ({
  name: 'slug',
  type: 'text',
  label: fieldLabels.slug,
  required: true,
  unique: true,
  index: true,
  localized: false,
  admin: { position: 'sidebar' },
  hooks: {
    beforeValidate: [
      ({ value, data, req }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value) || value
        const source = data?.[from]
        // Only derive from the default locale: a slug made from Chinese or Arabic text would be empty.
        if (typeof source === 'string' && (!req.locale || req.locale === 'en')) return slugify(source)
        return value
      },
    ],
  },
  validate: validateSlug,
})
