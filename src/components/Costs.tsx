import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getSettings } from '@/lib/content/readers'
import { convertForLocale, type Rates } from '@/lib/costs/convert'
import { shown } from '@/lib/content/shown'
import type { SiteSetting, Therapy } from '@/payload-types'

type Cost = Therapy['cost']

const ratesFrom = (settings: SiteSetting): Rates => {
  const r = settings.exchangeRates
  return { asOf: r?.asOf, source: r?.source, perUsd: { EUR: r?.eur, RUB: r?.rub, AED: r?.aed, CNY: r?.cny } }
}

/**
 * Indicative costs in the source's currency, with what they include and exclude, their date and
 * source; then the same range in the visitor's currencies, each with its rate and the rates' date.
 * Where no source gives a cost, a plain statement that there is no published price and how to ask
 * for a quote (the inquiry form at #ask on the same page).
 */
export const Costs = async ({ cost, english, locale }: { cost?: Cost; english?: Cost; locale: Locale }) => {
  const [t, th, tc, format, { doc: settings }] = await Promise.all([getTranslations('evidence'), getTranslations('therapies'), getTranslations('costs'), getFormatter(), getSettings(locale)])
  const hasAmount = (cost?.min != null || cost?.max != null) && Boolean(cost?.currency)
  const includes = shown(cost?.includes, english?.includes, locale)
  const excludes = shown(cost?.excludes, english?.excludes, locale)
  const money = (n: number, currency: string) => format.number(n, { style: 'currency', currency, maximumFractionDigits: 0 })
  const day = (iso: string) => format.dateTime(new Date(iso), { year: 'numeric', month: 'long', day: 'numeric' })
  const range = hasAmount ? { min: cost?.min ?? cost?.max ?? 0, max: cost?.max ?? cost?.min ?? 0, currency: cost!.currency! } : undefined
  const converted = range ? convertForLocale(range, ratesFrom(settings), locale) : []
  return (
    <section className="panel" aria-labelledby="costs" data-testid="costs">
      <h2 id="costs">{t('costTitle')}</h2>
      {range ? (
        <>
          <p data-testid="cost-original">
            <strong>{th('costRange', { min: money(range.min, range.currency), max: money(range.max, range.currency) })}</strong>
          </p>
          {includes ? <p lang={includes.fallback ? 'en' : undefined}>{tc('includes', { text: includes.value })}</p> : null}
          {excludes ? <p lang={excludes.fallback ? 'en' : undefined}>{tc('excludes', { text: excludes.value })}</p> : null}
          <p className="small">{th('costAsOf', { date: cost?.asOf ? format.dateTime(new Date(cost.asOf), { year: 'numeric', month: 'long' }) : '', source: cost?.source ?? '' })}</p>
          {converted.length ? (
            <div data-testid="cost-converted">
              <p className="small">{tc('convertedLead', { currency: range.currency })}</p>
              <ul className="small">
                {converted.map((c) => (
                  <li key={c.currency} data-currency={c.currency}>
                    {tc('converted', {
                      min: money(c.min, c.currency),
                      max: money(c.max, c.currency),
                      rate: `1 ${range.currency} = ${format.number(c.rate, { maximumSignificantDigits: 4 })} ${c.currency}`,
                      date: day(c.asOf),
                    })}
                  </li>
                ))}
              </ul>
              {converted[0]?.source ? <p className="small">{tc('ratesSource', { source: converted[0].source })}</p> : null}
            </div>
          ) : null}
        </>
      ) : (
        <p data-testid="no-price">{t('noPrice')}</p>
      )}
      <p>
        <a href="#ask">{t('askQuote')}</a>
      </p>
    </section>
  )
}
