import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ContactChannels } from '@/components/ContactChannels'
import { InquiryForm } from '@/components/inquiry/InquiryForm'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

const PREPARE = ['diagnosis', 'treatment', 'records', 'goal'] as const

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'contact' })
  return pageMetadata({ locale, path: '/contact', title: t('metaTitle'), description: t('metaDescription') })
}

export default async function ContactPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, ti] = await Promise.all([getTranslations('contact'), getTranslations('inquiry')])

  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      <section className="panel" aria-labelledby="inquiry-title">
        <h2 id="inquiry-title">{ti('title')}</h2>
        <InquiryForm locale={locale} sourcePage={`/${locale}/contact`} />
      </section>

      <section className="panel" aria-labelledby="contact-channels">
        <ContactChannels locale={locale} />
      </section>

      <section aria-labelledby="contact-prepare">
        <h2 id="contact-prepare">{t('prepare')}</h2>
        <ul className="prose">
          {PREPARE.map((item) => (
            <li key={item}>{t(`prepareItems.${item}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
