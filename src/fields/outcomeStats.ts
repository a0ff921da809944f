import type { ArrayField } from 'payload'

import { statedField } from '@/fields/stated'
import { notBelowValue, requiredWhenGiven } from '@/fields/validators'
import { fieldLabels } from '@/i18n/admin/fieldLabels'
import { rowLabels } from '@/i18n/admin/rowLabels'
import { outcomeMeasureOptions, valueQualifierOptions } from '@/i18n/admin/optionLabels'

/**
 * Outcome statistics, shared by hospitals and therapies. Each row records what its source says and
 * no more: the measure, the value as given (a range stays a range), the patient group, and the time
 * point, number of patients and period of the data, each either given or explicitly not stated.
 * The figures are shared by all locales; only the wording is translated.
 */
export const outcomeStatsField = (overrides: Partial<ArrayField> = {}): ArrayField => ({
  name: 'outcomes',
  type: 'array',
  label: fieldLabels.outcomes,
  labels: rowLabels.outcome,
  admin: { initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'measure', type: 'select', label: fieldLabels.measure, required: true, options: outcomeMeasureOptions },
        { name: 'qualifier', type: 'select', label: fieldLabels.valueQualifier, required: true, defaultValue: 'exact', options: valueQualifierOptions },
        { name: 'value', type: 'number', label: fieldLabels.value, required: true, min: 0, max: 100, admin: { description: '%' } },
        { name: 'valueMax', type: 'number', label: fieldLabels.valueMax, min: 0, max: 100, validate: notBelowValue },
      ],
    },
    { name: 'label', type: 'text', label: fieldLabels.measure, localized: true, admin: { condition: (_, row) => row?.measure === 'other' } },
    { name: 'patientGroup', type: 'text', label: fieldLabels.patientGroup, localized: true, required: true },
    statedField({ name: 'timePoint', label: fieldLabels.timePoint, value: { name: 'text', type: 'text', label: fieldLabels.timePointText, localized: true, validate: requiredWhenGiven } }),
    statedField({ name: 'patients', label: fieldLabels.patients, value: { name: 'count', type: 'number', label: fieldLabels.patients, min: 1, validate: requiredWhenGiven } }),
    statedField({ name: 'period', label: fieldLabels.period, value: { name: 'text', type: 'text', label: fieldLabels.periodText, localized: true, validate: requiredWhenGiven } }),
    { name: 'source', type: 'relationship', relationTo: 'sources', label: fieldLabels.source, required: true },
  ],
  ...overrides,
})
