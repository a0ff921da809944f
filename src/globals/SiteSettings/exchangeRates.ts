import type { Field } from 'payload'

import { caseLabels as C } from '@/i18n/admin/caseLabels'

const rate = (name: string, label: (typeof C)[keyof typeof C]): Field => ({ name, type: 'number', label, min: 0, admin: { step: 0.0001 } })

/**
 * The rates behind every converted cost (src/lib/costs/convert.ts): units of each currency for one
 * US dollar, the day they were taken and where from. Without a date no conversion is shown.
 */
export const exchangeRatesField: Field = {
  name: 'exchangeRates',
  type: 'group',
  label: C.exchangeRates,
  admin: { description: C.exchangeRatesHelp },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'asOf', type: 'date', label: C.ratesAsOf },
        { name: 'source', type: 'text', label: C.ratesSource, maxLength: 200 },
      ],
    },
    {
      type: 'row',
      fields: [rate('eur', C.eurPerUsd), rate('rub', C.rubPerUsd), rate('aed', C.aedPerUsd), rate('cny', C.cnyPerUsd)],
    },
  ],
}
