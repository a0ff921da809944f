import { getTranslations } from 'next-intl/server'

import { Citation } from '@/components/Citation'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { shown } from '@/lib/content/shown'
import type { Hospital, Therapy } from '@/payload-types'

type Row = NonNullable<Therapy['offeredAt']>[number]
type Item = { row: Row; en?: Row; therapy?: { name: string; slug: string } }

const hospitalOf = (row: Row): Hospital | undefined => (row.hospital && typeof row.hospital === 'object' ? row.hospital : undefined)

/**
 * How a therapy is offered, row by row: standard care, an approved product or a clinical trial
 * (with registry, ID and phase, or "not stated"), where, and which source says so. Shown near the
 * top of therapy and hospital pages: a family must see a trial is a trial before anything else.
 */
export const TherapyStatus = async ({ items, locale, heading, emptyText, show }: { items: Item[]; locale: Locale; heading: string; emptyText?: string; show: 'hospital' | 'therapy' }) => {
  const t = await getTranslations('evidence')
  return (
    <section className="panel therapy-status" aria-labelledby="therapy-status" data-testid="therapy-status">
      <h2 id="therapy-status">{heading}</h2>
      {items.length === 0 ? <p>{emptyText ?? t('noProvider')}</p> : null}
      <ul className="prose status-list">
        {items.map(({ row, en, therapy }, i) => {
          const hospital = hospitalOf(row)
          const enHospital = en ? hospitalOf(en) : undefined
          const provider = hospital ? shown(hospital.name, enHospital?.name, locale) : shown(row.providerNote, en?.providerNote, locale)
          const note = shown(row.note, en?.note, locale)
          const trial = row.status === 'clinicalTrial'
          return (
            <li key={row.id ?? i} data-status={row.status}>
              <span className={trial ? 'tag warn' : 'tag'} data-testid="therapy-status-tag">
                {t(`status.${row.status}`)}
              </span>{' '}
              {show === 'therapy' && therapy ? (
                <strong>
                  <Link href={`/therapies/${therapy.slug}`}>{therapy.name}</Link>
                </strong>
              ) : hospital ? (
                <strong lang={provider?.fallback ? 'en' : undefined}>
                  <Link href={`/hospitals/${hospital.slug}`}>{provider?.value}</Link>
                </strong>
              ) : (
                <strong lang={provider?.fallback ? 'en' : undefined}>{provider?.value}</strong>
              )}
              {trial ? (
                <p className="small" data-testid="trial-details">
                  {[
                    [t('trialRegistry'), row.trialRegistry || t('notStated')],
                    [t('trialId'), row.trialId || t('notStated')],
                    [t('trialPhase'), t(`phase.${row.trialPhase ?? 'notStated'}`)],
                  ]
                    .map(([label, value]) => `${label}${t('punctuation.colon')}${value}`)
                    .join(t('punctuation.listSeparator'))}
                </p>
              ) : null}
              {note ? (
                <p className="small" lang={note.fallback ? 'en' : undefined}>
                  {note.value}
                </p>
              ) : null}
              <Citation source={row.source} english={en?.source} locale={locale} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
