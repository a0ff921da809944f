import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { TherapyCard } from '@/components/Cards'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { listConditions, listTherapies } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ condition?: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'therapies' })
  return pageMetadata({ locale, path: '/therapies', title: t('metaTitle'), description: t('metaDescription') })
}

/** Filter by condition: a GET form over the cached lists, no database query per visit. */
export default async function TherapiesPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { condition = '' } = await searchParams
  const t = await getTranslations('therapies')
  const [therapies, conditions] = await Promise.all([listTherapies(locale), listConditions(locale)])
  const chosen = conditions.find((item) => item.doc.slug === condition)
  const matches = chosen
    ? therapies.filter(({ doc }) => (doc.conditions ?? []).some((c) => (typeof c === 'object' ? c.id : c) === chosen.doc.id))
    : therapies

  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <form className="filters" method="get" aria-label={t('filters')}>
        <label>
          {t('condition')}
          <select name="condition" defaultValue={condition}>
            <option value="">{t('any')}</option>
            {conditions.map(({ doc, en }) => (
              <option key={doc.slug} value={doc.slug}>
                {shown(doc.name, en.name, locale)?.value}
              </option>
            ))}
          </select>
        </label>
        <button className="button" type="submit">
          {t('apply')}
        </button>
        {condition ? <Link href="/therapies">{t('reset')}</Link> : null}
      </form>
      <p role="status">{t('results', { count: matches.length })}</p>
      <ul className="grid">
        {matches.map((item) => (
          <li key={item.doc.id}>
            <TherapyCard item={item} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  )
}
