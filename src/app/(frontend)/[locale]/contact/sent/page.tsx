import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { REFERENCE_PATTERN } from '@/lib/inquiries/reference'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ ref?: string | string[] }> }

const STEPS = ['ack', 'review', 'records'] as const

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'inquirySent' })
  // A personal page: never in search results.
  return { title: t('metaTitle'), robots: { index: false, follow: false } }
}

/**
 * Where the form lands after a successful send. It shows the reference from the URL (checked
 * against the reference format) and reads nothing from the database: rendered per request only
 * because of that query string.
 */
export default async function InquirySentPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { ref } = await searchParams
  const reference = typeof ref === 'string' && REFERENCE_PATTERN.test(ref) ? ref : undefined
  const t = await getTranslations('inquirySent')
  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      {reference ? (
        <div className="panel reference">
          <p>{t('reference')}</p>
          <p className="reference-number" dir="ltr" data-testid="inquiry-reference">{reference}</p>
          <p className="muted">{t('referenceHint')}</p>
        </div>
      ) : null}
      <section aria-labelledby="sent-next">
        <h2 id="sent-next">{t('next')}</h2>
        <ol className="steps">
          {STEPS.map((step) => (
            <li key={step}>{t(`steps.${step}`)}</li>
          ))}
        </ol>
      </section>
      <p>
        <Link href="/">{t('home')}</Link> · <Link href="/stories">{t('stories')}</Link>
      </p>
    </div>
  )
}
