import type { Field } from 'payload'

import { caseLabels as C } from '@/i18n/admin/caseLabels'

export const DEFAULT_REPLY_WITHIN_DAYS = 2

/** The reply time promised on each patient's case page: one number, so every page says the same. */
export const replyWithinDaysField: Field = {
  name: 'replyWithinDays',
  type: 'number',
  label: C.replyWithinDays,
  defaultValue: DEFAULT_REPLY_WITHIN_DAYS,
  min: 1,
  max: 30,
  admin: { step: 1, description: C.replyWithinDaysHelp },
}
