import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { shown } from '@/lib/content/shown'
import type { Hospital } from '@/payload-types'

type Outcome = NonNullable<Hospital['outcomes']>[number]

/** Outcome figures, each with its patient group, period and source (never a figure alone). */
export const Outcomes = async ({ rows, english, locale }: { rows: Outcome[] | null | undefined; english: Outcome[] | null | undefined; locale: Locale }) => {
  if (!rows?.length) return null
  const t = await getTranslations('outcome')
  const format = await getFormatter()
  return (
    <ul className="stats">
      {rows.map((row, i) => {
        const en = english?.[i]
        const group = shown(row.patientGroup, en?.patientGroup, locale)
        const period = shown(row.period, en?.period, locale)
        const label = row.measure === 'other' ? shown(row.label, en?.label, locale)?.value : t(`measure.${row.measure}`)
        return (
          <li key={row.id ?? i} className="stat">
            <div className="value">{t('value', { qualifier: row.qualifier ?? 'exact', value: format.number(row.value) })}</div>
            <div>
              <strong>{label}</strong>
              {period ? <span lang={period.fallback ? 'en' : undefined}> · {period.value}</span> : null}
            </div>
            {group ? <div lang={group.fallback ? 'en' : undefined}>{group.value}</div> : null}
            {row.patients ? <div className="muted small">{t('patients', { count: row.patients })}</div> : null}
            <div className="source">{t('source', { title: row.source.title, year: String(row.source.year) })}</div>
          </li>
        )
      })}
    </ul>
  )
}
