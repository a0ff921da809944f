import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { HospitalCard } from '@/components/Cards'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { listHospitals, listTherapies } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'
import { pageMetadata } from '@/lib/pageMetadata'
import { slugify } from '@/lib/slugify'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ city?: string; therapy?: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'hospitals' })
  return pageMetadata({ locale, path: '/hospitals', title: t('metaTitle'), description: t('metaDescription') })
}

/**
 * Filters are a plain GET form, so they work without JavaScript. Filtering reads the cached lists
 * (no database query per visit); cities are keyed by their English name so links work in any language.
 */
export default async function HospitalsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { city = '', therapy = '' } = await searchParams
  const t = await getTranslations('hospitals')
  const [hospitals, therapies] = await Promise.all([listHospitals(locale), listTherapies(locale)])

  const cities = new Map<string, string>()
  for (const { doc, en } of hospitals) cities.set(slugify(en.city ?? ''), shown(doc.city, en.city, locale)?.value ?? '')
  const chosenTherapy = therapies.find((item) => item.doc.slug === therapy)
  const offeredBy = new Set((chosenTherapy?.doc.hospitals ?? []).map((h) => (typeof h === 'object' ? h.id : h)))

  const matches = hospitals.filter(
    ({ doc, en }) => (!city || slugify(en.city ?? '') === city) && (!chosenTherapy || offeredBy.has(doc.id)),
  )

  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <form className="filters" method="get" aria-label={t('filters')}>
        <label>
          {t('city')}
          <select name="city" defaultValue={city}>
            <option value="">{t('any')}</option>
            {[...cities].map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('therapy')}
          <select name="therapy" defaultValue={therapy}>
            <option value="">{t('any')}</option>
            {therapies.map(({ doc, en }) => (
              <option key={doc.slug} value={doc.slug}>
                {shown(doc.name, en.name, locale)?.value}
              </option>
            ))}
          </select>
        </label>
        <button className="button" type="submit">
          {t('apply')}
        </button>
        {city || therapy ? <Link href="/hospitals">{t('reset')}</Link> : null}
      </form>
      <p role="status">{t('results', { count: matches.length })}</p>
      <ul className="grid">
        {matches.map((item) => (
          <li key={item.doc.id}>
            <HospitalCard item={item} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  )
}
