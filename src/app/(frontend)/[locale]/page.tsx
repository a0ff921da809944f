import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { HospitalCard, StoryCard, TherapyCard } from '@/components/Cards'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { listHospitals, listStories, listTherapies } from '@/lib/content/readers'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'home' })
  return { ...(await pageMetadata({ locale, path: '', title: t('metaTitle'), description: t('metaDescription') })), title: { absolute: t('metaTitle') } }
}

const STEPS = ['one', 'two', 'three', 'four'] as const
const TRUST = ['sources', 'consent', 'language', 'privacy'] as const

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('home')
  const [therapies, hospitals, stories] = await Promise.all([listTherapies(locale), listHospitals(locale), listStories(locale)])
  return (
    <>
      <section className="hero">
        <div className="wrap">
          <h1>{t('title')}</h1>
          <p className="lead">{t('lead')}</p>
          <div className="actions">
            <Link className="button" href="/contact">
              {t('ctaPrimary')}
            </Link>
            <Link className="button secondary" href="/therapies">
              {t('ctaSecondary')}
            </Link>
          </div>
        </div>
      </section>
      <div className="wrap">
        <section aria-labelledby="home-therapies">
          <h2 id="home-therapies">{t('therapiesTitle')}</h2>
          <ul className="grid">
            {therapies.slice(0, 6).map((item, i) => (
              <li key={item.doc.id}>
                <TherapyCard item={item} locale={locale} priority={i === 0} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="home-how">
          <h2 id="home-how">{t('howTitle')}</h2>
          <ol className="steps">
            {STEPS.map((step) => (
              <li key={step}>
                <strong>{t(`steps.${step}.title`)}</strong>
                <p className="muted">{t(`steps.${step}.text`)}</p>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="home-hospitals">
          <h2 id="home-hospitals">{t('hospitalsTitle')}</h2>
          <ul className="grid">
            {hospitals.slice(0, 6).map((item) => (
              <li key={item.doc.id}>
                <HospitalCard item={item} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="home-stories">
          <h2 id="home-stories">{t('storiesTitle')}</h2>
          <ul className="grid">
            {stories.slice(0, 3).map((item) => (
              <li key={item.doc.id}>
                <StoryCard item={item} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="home-trust">
          <h2 id="home-trust">{t('trustTitle')}</h2>
          <ul className="grid">
            {TRUST.map((item) => (
              <li key={item} className="panel">
                <h3>{t(`trust.${item}.title`)}</h3>
                <p className="muted">{t(`trust.${item}.text`)}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  )
}
