import type { ArrayField } from 'payload'

import type { LocalizedLabel } from '@/i18n/admin/label'
import { listRowLabels } from '@/i18n/admin/rowLabels'

type TextListOptions = { name: string; label: LocalizedLabel; itemLabel: LocalizedLabel; textarea?: boolean }

/** A list of short translated lines (specialties, diseases, eligibility criteria, rankings). */
export const textListField = ({ name, label, itemLabel, textarea = false }: TextListOptions): ArrayField => ({
  name,
  type: 'array',
  label,
  labels: listRowLabels(itemLabel, label),
  fields: [
    textarea
      ? { name: 'text', type: 'textarea', label: itemLabel, localized: true, required: true }
      : { name: 'text', type: 'text', label: itemLabel, localized: true, required: true },
  ],
})
