import type { Field, GroupField } from 'payload'

import { notBelowMin } from '@/fields/validators'
import { fieldLabels } from '@/i18n/admin/fieldLabels'
import { durationUnitOptions } from '@/i18n/admin/optionLabels'

/** "3–6 months": a lower and upper bound and a unit, shown per locale by the frontend. */
export const durationRangeFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'min', type: 'number', label: fieldLabels.durationMin, min: 0 },
      {
        name: 'max',
        type: 'number',
        label: fieldLabels.durationMax,
        min: 0,
        validate: notBelowMin,
      },
      { name: 'unit', type: 'select', label: fieldLabels.durationUnit, defaultValue: 'weeks', options: durationUnitOptions },
    ],
  },
]

export const durationRangeField = (overrides: Partial<GroupField> & { name: string }): GroupField => ({
  type: 'group',
  label: fieldLabels.duration,
  fields: durationRangeFields(),
  ...overrides,
})
