import { describe, expect, it } from 'vitest'

import { convertForLocale, convertRange, type Rates } from '@/lib/costs/convert'

// A range and rates made here: the sources give no prices, so the demo data has none.
const rates: Rates = { asOf: '2026-11-01T00:00:00.000Z', source: 'Test rates', perUsd: { EUR: 0.9, RUB: 90, AED: 3.6725, CNY: 7.2 } }
const yuan = { min: 100_000, max: 150_000, currency: 'CNY' }

describe('a cost in the visitor\'s currency', () => {
  it('converts through the US dollar and carries the rate and the rates\' date', () => {
    expect(convertRange(yuan, rates, 'EUR')).toEqual({ min: 12_500, max: 18_750, currency: 'EUR', rate: 0.125, asOf: rates.asOf, source: 'Test rates' })
    expect(convertRange(yuan, rates, 'USD')).toMatchObject({ min: 13_889, max: 20_833, currency: 'USD' })
    expect(convertRange({ min: 10_000, max: 10_000, currency: 'USD' }, rates, 'RUB')).toMatchObject({ min: 900_000, max: 900_000, rate: 90 })
  })

  it('is not given without a date, without a rate for either currency, or in the source\'s own currency', () => {
    expect(convertRange(yuan, { ...rates, asOf: null }, 'EUR')).toBeUndefined()
    expect(convertRange(yuan, { ...rates, perUsd: { ...rates.perUsd, EUR: null } }, 'EUR')).toBeUndefined()
    expect(convertRange(yuan, { ...rates, perUsd: { ...rates.perUsd, CNY: 0 } }, 'EUR')).toBeUndefined()
    expect(convertRange(yuan, rates, 'CNY')).toBeUndefined()
    expect(convertRange({ min: 1, max: 2, currency: 'GBP' }, rates, 'EUR')).toBeUndefined()
  })

  it("lists the page language's currency first and leaves out the source's own", () => {
    expect(convertForLocale(yuan, rates, 'ar').map((c) => c.currency)).toEqual(['AED', 'USD', 'EUR', 'RUB'])
    expect(convertForLocale(yuan, rates, 'ru').map((c) => c.currency)).toEqual(['RUB', 'USD', 'EUR', 'AED'])
    expect(convertForLocale(yuan, rates, 'zh').map((c) => c.currency)).toEqual(['USD', 'EUR', 'RUB', 'AED'])
  })
})
