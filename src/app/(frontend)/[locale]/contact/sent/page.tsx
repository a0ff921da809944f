import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { casePath } from '@/lib/case/caseUrl'
import { CASE_TOKEN_PATTERN } from '@/lib/case/token'
import { REFERENCE_PATTERN } from '@/lib/inquiries/reference'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ ref?: string | string[]; case?: string | string[] }> }

const STEPS = ['ack', 'review', 'records'] as const

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'inquirySent' })
  // A personal page: never in search results.
  return { title: t('metaTitle'), robots: { index: false, follow: false } }
}

/**
 * Where the form lands after a successful send. It shows the reference and the case page's link
 * from the URL (each checked against its format) and reads nothing from the database: rendered per
 * request only because of that query string.
 */
export default async function InquirySentPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { ref, case: token } = await searchParams
  const reference = typeof ref === 'string' && REFERENCE_PATTERN.test(ref) ? ref : undefined
  const caseLink = typeof token === 'string' && CASE_TOKEN_PATTERN.test(token) ? casePath(locale, token) : undefined
  const [t, tc] = await Promise.all([getTranslations('inquirySent'), getTranslations('case')])
  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      {reference ? (
        <div className="panel reference">
          <p>{t('reference')}</p>
          <p className="reference-number" dir="ltr" data-testid="inquiry-reference">{reference}</p>
          <p className="muted">{t('referenceHint')}</p>
          {caseLink ? (
            <>
              <p>{tc('sentLink')}</p>
              {/* A plain <a>: the case page is per request, nothing to prefetch. */}
              <p>
                <a href={caseLink} data-testid="case-link">{tc('title')}</a>
              </p>
              <p className="muted">{tc('sentLinkHint')}</p>
            </>
          ) : null}
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
