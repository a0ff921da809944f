import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

// The guide's sections and points, in reading order; the texts are in messages/*.json under travel.
const SECTIONS = {
  visa: ['who', 'letter', 'documents', 'time'],
  money: ['hospital', 'daily', 'receipts'],
  phones: ['line', 'apps', 'language'],
  stay: ['length', 'near', 'register', 'carer'],
} as const

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'travel' })
  return pageMetadata({ locale, path: '/travel', title: t('metaTitle'), description: t('metaDescription') })
}

/**
 * General guidance for families staying in China for treatment: the medical visa, money, phones
 * and long stays. It names no embassy rule, fee or time as fact (those change and differ by
 * country) and says so at the top, until the editors have checked it.
 */
export default async function TravelPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('travel')
  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="notice" data-testid="travel-guidance">{t('guidance')}</p>
      {(Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).map((section) => (
        <section key={section} aria-labelledby={`travel-${section}`}>
          <h2 id={`travel-${section}`}>{t(`sections.${section}.title`)}</h2>
          <ul className="prose">
            {SECTIONS[section].map((item) => (
              <li key={item}>{t(`sections.${section}.items.${item}` as Parameters<typeof t>[0])}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
