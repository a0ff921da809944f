import type { ArrayField } from 'payload'

import { sourceField } from '@/fields/source'
import { fieldLabels } from '@/i18n/admin/fieldLabels'
import { outcomeMeasureOptions, valueQualifierOptions } from '@/i18n/admin/optionLabels'

/**
 * Outcome statistics, shared by hospitals and therapies. Figures (value, patients, year) are
 * entered once; only the wording (patient group, period, custom label) is translated per locale.
 */
export const outcomeStatsField = (overrides: Partial<ArrayField> = {}): ArrayField => ({
  name: 'outcomes',
  type: 'array',
  label: fieldLabels.outcomes,
  admin: { initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'measure', type: 'select', label: fieldLabels.measure, required: true, options: outcomeMeasureOptions },
        { name: 'qualifier', type: 'select', label: fieldLabels.valueQualifier, defaultValue: 'exact', options: valueQualifierOptions },
        { name: 'value', type: 'number', label: fieldLabels.value, required: true, min: 0, max: 100, admin: { description: '%' } },
        { name: 'patients', type: 'number', label: fieldLabels.patients, min: 1 },
      ],
    },
    { name: 'label', type: 'text', label: fieldLabels.measure, localized: true, admin: { condition: (_, row) => row?.measure === 'other' } },
    { name: 'patientGroup', type: 'text', label: fieldLabels.patientGroup, localized: true, required: true },
    { name: 'period', type: 'text', label: fieldLabels.period, localized: true },
    sourceField(),
  ],
  ...overrides,
})
