import type { ArrayField } from 'payload'

import type { LocalizedLabel } from '@/i18n/admin/label'

type TextListOptions = { name: string; label: LocalizedLabel; itemLabel: LocalizedLabel; textarea?: boolean }

/** A list of short translated lines (specialties, diseases, eligibility criteria, rankings). */
export const textListField = ({ name, label, itemLabel, textarea = false }: TextListOptions): ArrayField => ({
  name,
  type: 'array',
  label,
  fields: [
    textarea
      ? { name: 'text', type: 'textarea', label: itemLabel, localized: true, required: true }
      : { name: 'text', type: 'text', label: itemLabel, localized: true, required: true },
  ],
})
