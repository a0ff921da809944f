import type { Field } from 'payload'

import { fieldLabels as L } from '@/i18n/admin/fieldLabels'

export const DEFAULT_RETENTION_MONTHS = 24

/**
 * How long an inquiry and its medical records are kept, counted from the day it was sent. The
 * privacy notice states this number and the deleteExpiredInquiries job enforces it, so the two
 * cannot disagree.
 */
export const retentionMonthsField: Field = {
  name: 'retentionMonths',
  type: 'number',
  label: L.retentionMonths,
  required: true,
  defaultValue: DEFAULT_RETENTION_MONTHS,
  min: 1,
  max: 120,
  admin: { step: 1, description: L.retentionMonthsHelp },
}
