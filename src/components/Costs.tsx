import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { shown } from '@/lib/content/shown'
import type { Therapy } from '@/payload-types'

type Cost = Therapy['cost']

/**
 * Indicative costs, or, where no source gives any, a plain statement that there is no published
 * price and how to ask for a quote (the inquiry form at #ask on the same page).
 */
export const Costs = async ({ cost, english, locale }: { cost?: Cost; english?: Cost; locale: Locale }) => {
  const t = await getTranslations('evidence')
  const th = await getTranslations('therapies')
  const format = await getFormatter()
  const hasAmount = cost?.min != null || cost?.max != null
  const includes = shown(cost?.includes, english?.includes, locale)
  const money = (n: number) => format.number(n, { style: 'currency', currency: cost?.currency ?? 'USD', maximumFractionDigits: 0 })
  return (
    <section className="panel" aria-labelledby="costs" data-testid="costs">
      <h2 id="costs">{t('costTitle')}</h2>
      {hasAmount ? (
        <>
          <p>
            <strong>{th('costRange', { min: money(cost?.min ?? cost?.max ?? 0), max: money(cost?.max ?? cost?.min ?? 0) })}</strong>
          </p>
          {includes ? <p lang={includes.fallback ? 'en' : undefined}>{includes.value}</p> : null}
          <p className="small">{th('costAsOf', { date: cost?.asOf ? format.dateTime(new Date(cost.asOf), { year: 'numeric', month: 'long' }) : '', source: cost?.source ?? '' })}</p>
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
