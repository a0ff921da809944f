import type { RelationshipField, RelationshipFieldSingleValidation } from 'payload'

import { fieldLabels } from '@/i18n/admin/fieldLabels'
import { translate } from '@/i18n/admin/translate'

/**
 * The source of a document's plain facts (beds, founding year, patients a year, staff). Required
 * as soon as one of the named facts is filled in: a fact without a source is not shown as one.
 */
export const factsSourceField = (facts: string[]): RelationshipField => {
  const validate: RelationshipFieldSingleValidation = (value, { data, req }) => {
    const record = (data ?? {}) as Record<string, unknown>
    const has = facts.some((path) => {
      const v = path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), record)
      // An empty list (no specialties, no languages) is no fact either.
      return v != null && v !== '' && !(Array.isArray(v) && v.length === 0)
    })
    return !has || value != null || translate(req, 'sourceRequiredForFacts')
  }
  return { name: 'factsSource', type: 'relationship', relationTo: 'sources', label: fieldLabels.factsSource, validate }
}
