import type { Field, GroupField } from 'payload'

import { fieldLabels } from '@/i18n/admin/fieldLabels'
import type { LocalizedLabel } from '@/i18n/admin/label'
import { statedOptions } from '@/i18n/admin/optionLabels'

type StatedOptions = { name: string; label: LocalizedLabel; value: Field }

/**
 * A detail of a figure that the source either gives or does not (patients, period, time point).
 * "Not stated" is recorded explicitly, so a blank can never pass for "we forgot to check", and
 * the page can say so in the visitor's language.
 */
export const statedField = ({ name, label, value }: StatedOptions): GroupField => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'stated', type: 'select', label: fieldLabels.stated, required: true, defaultValue: 'notStated', options: statedOptions, admin: { width: '30%' } },
        { ...value, admin: { ...('admin' in value ? value.admin : {}), condition: (_, sibling) => sibling?.stated === 'given' } } as Field,
      ],
    },
  ],
})
