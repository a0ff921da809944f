import type { ArrayField } from 'payload'

import { fieldLabels } from '@/i18n/admin/fieldLabels'
import { rowLabels } from '@/i18n/admin/rowLabels'

/**
 * Rankings and formal assessments. A ranking is shown with who ranked and in which year, and
 * the source that reports it; without those it is not a ranking and does not belong here.
 */
export const rankingsField = (): ArrayField => ({
  name: 'rankings',
  type: 'array',
  label: fieldLabels.rankings,
  labels: rowLabels.ranking,
  fields: [
    { name: 'text', type: 'textarea', label: fieldLabels.rankings, localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'rankedBy', type: 'text', label: fieldLabels.rankedBy, localized: true, required: true },
        { name: 'year', type: 'number', label: fieldLabels.rankedYear, required: true, min: 1900, max: 2100 },
        { name: 'source', type: 'relationship', relationTo: 'sources', label: fieldLabels.source, required: true },
      ],
    },
  ],
})
