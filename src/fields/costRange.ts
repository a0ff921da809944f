import type { GroupField } from 'payload'

import { notBelowMin, requiredWithAmount } from '@/fields/validators'
import { caseLabels } from '@/i18n/admin/caseLabels'
import { fieldLabels } from '@/i18n/admin/fieldLabels'
import { currencyOptions } from '@/i18n/admin/optionLabels'

/**
 * An optional, indicative price range; never a quote. Once an amount is entered, its currency,
 * date and source become required: a bare number misleads.
 */
export const costRangeField = (overrides: Partial<GroupField> = {}): GroupField => ({
  name: 'cost',
  type: 'group',
  label: fieldLabels.cost,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'min', type: 'number', label: fieldLabels.minimum, min: 0 },
        { name: 'max', type: 'number', label: fieldLabels.maximum, min: 0, validate: notBelowMin },
        { name: 'currency', type: 'select', label: fieldLabels.currency, options: currencyOptions, validate: requiredWithAmount },
        { name: 'asOf', type: 'date', label: fieldLabels.asOf, validate: requiredWithAmount },
      ],
    },
    { name: 'includes', type: 'textarea', label: fieldLabels.includes, localized: true },
    { name: 'excludes', type: 'textarea', label: caseLabels.excludes, localized: true },
    { name: 'source', type: 'text', label: fieldLabels.source, validate: requiredWithAmount },
  ],
  ...overrides,
})
