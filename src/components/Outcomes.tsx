import { getFormatter, getTranslations } from 'next-intl/server'

import { Citation } from '@/components/Citation'
import type { Locale } from '@/i18n/locales'
import { shown } from '@/lib/content/shown'
import type { Hospital } from '@/payload-types'

type Outcome = NonNullable<Hospital['outcomes']>[number]

/**
 * Outcome figures exactly as their source gives them: the value (a range stays a range), the
 * patient group, and the time point, number of patients and period of the data, each shown as
 * given or as "not stated", with the source as a citation.
 */
export const Outcomes = async ({ rows, english, locale }: { rows: Outcome[] | null | undefined; english: Outcome[] | null | undefined; locale: Locale }) => {
  if (!rows?.length) return null
  const t = await getTranslations('outcome')
  const e = await getTranslations('evidence')
  const format = await getFormatter()
  return (
    <ul className="stats">
      {rows.map((row, i) => {
        const en = english?.[i]
        const group = shown(row.patientGroup, en?.patientGroup, locale)
        const label = row.measure === 'other' ? shown(row.label, en?.label, locale)?.value : t(`measure.${row.measure}`)
        const timePoint = row.timePoint?.stated === 'given' ? shown(row.timePoint.text, en?.timePoint?.text, locale) : undefined
        const period = row.period?.stated === 'given' ? shown(row.period.text, en?.period?.text, locale) : undefined
        const count = row.patients?.stated === 'given' ? row.patients.count : undefined
        const value =
          row.valueMax != null && row.valueMax !== row.value
            ? t('range', { qualifier: row.qualifier ?? 'exact', min: format.number(row.value), max: format.number(row.valueMax) })
            : t('value', { qualifier: row.qualifier ?? 'exact', value: format.number(row.value) })
        return (
          <li key={row.id ?? i} className="stat" data-testid="outcome">
            <div className="value">{value}</div>
            <div>
              <strong>{label}</strong>
            </div>
            {group ? <div lang={group.fallback ? 'en' : undefined}>{group.value}</div> : null}
            <dl className="stat-details small">
              <div>
                <dt>{e('timePoint')}</dt>
                <dd lang={timePoint?.fallback ? 'en' : undefined}>{timePoint ? timePoint.value : e('notStated')}</dd>
              </div>
              <div>
                <dt>{e('patients')}</dt>
                <dd>{count ? t('patients', { count }) : e('notStated')}</dd>
              </div>
              <div>
                <dt>{e('period')}</dt>
                <dd lang={period?.fallback ? 'en' : undefined}>{period ? period.value : e('notStated')}</dd>
              </div>
            </dl>
            <Citation source={row.source} english={en?.source} locale={locale} />
          </li>
        )
      })}
    </ul>
  )
}
