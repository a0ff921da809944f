import type { Locale } from '@/i18n/locales'

/** The currencies a visitor can read costs in; each locale starts with its own. */
export const VISITOR_CURRENCIES = ['USD', 'EUR', 'RUB', 'AED', 'CNY'] as const
export type VisitorCurrency = (typeof VISITOR_CURRENCIES)[number]
export const localeCurrency: Record<Locale, VisitorCurrency> = { en: 'USD', zh: 'CNY', ru: 'RUB', ar: 'AED' }

/** Units of each currency for one US dollar, with the day they were taken and where from (site settings). */
export type Rates = { asOf?: string | null; source?: string | null; perUsd: Partial<Record<VisitorCurrency, number | null>> }

export type Range = { min: number; max: number; currency: string }
export type Converted = Range & { rate: number; asOf: string; source?: string }

const perUsd = (rates: Rates, currency: string): number | undefined => {
  if (currency === 'USD') return 1
  const value = rates.perUsd[currency as VisitorCurrency]
  return typeof value === 'number' && value > 0 ? value : undefined
}

/**
 * A cost range in another currency, through the US dollar, with the rate used (one unit of the
 * source currency in the target currency) and the rates' date. Undefined when either rate or the
 * date is missing, or the currency is the source's own: a converted figure is only ever shown
 * beside the original, and never without the rate and date it rests on.
 */
export const convertRange = (range: Range, rates: Rates, to: VisitorCurrency): Converted | undefined => {
  if (to === range.currency || !rates.asOf) return undefined
  const from = perUsd(rates, range.currency)
  const target = perUsd(rates, to)
  if (!from || !target) return undefined
  const rate = target / from
  // Rounded to whole units: an indicative range does not deserve cents.
  const round = (n: number) => Math.round(n * rate)
  return { min: round(range.min), max: round(range.max), currency: to, rate, asOf: rates.asOf, source: rates.source ?? undefined }
}

/** The range in every visitor currency it can be converted to, the locale's own first. */
export const convertForLocale = (range: Range, rates: Rates, locale: Locale): Converted[] => {
  const order = [localeCurrency[locale], ...VISITOR_CURRENCIES.filter((c) => c !== localeCurrency[locale])]
  return order.map((to) => convertRange(range, rates, to)).filter((c): c is Converted => Boolean(c))
}
