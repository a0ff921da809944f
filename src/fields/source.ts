import type { GroupField } from 'payload'

import { fieldLabels } from '@/i18n/admin/fieldLabels'

/** Where a figure comes from. Required wherever a figure is stored: no figure without a source. */
export const sourceField = (overrides: Partial<GroupField> = {}): GroupField => ({
  name: 'source',
  type: 'group',
  label: fieldLabels.source,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', label: fieldLabels.sourceTitle, required: true, admin: { width: '60%' } },
        { name: 'year', type: 'number', label: fieldLabels.sourceYear, required: true, min: 1900, max: 2100, admin: { width: '20%' } },
      ],
    },
    { name: 'url', type: 'text', label: fieldLabels.sourceUrl },
  ],
  ...overrides,
})
