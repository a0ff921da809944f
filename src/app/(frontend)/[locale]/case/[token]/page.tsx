import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { getPayload } from 'payload'

import { CaseAddForm } from '@/components/case/CaseAddForm'
import { CaseReplies } from '@/components/case/CaseReplies'
import { DEFAULT_REPLY_WITHIN_DAYS } from '@/globals/SiteSettings/replyTime'
import type { Locale } from '@/i18n/locales'
import { findCase } from '@/lib/case/findCase'

type Props = { params: Promise<{ locale: Locale; token: string }>; searchParams: Promise<{ result?: string | string[]; file?: string | string[] }> }

// One patient's page: rendered for each request, never kept in Next's route cache, and sent with
// Next's "private, no-store" header for dynamic pages, so no shared cache keeps a copy either.
export const dynamic = 'force-dynamic'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'case' })
  return { title: t('metaTitle'), robots: { index: false, follow: false } }
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

/** The patient's private case page (src/lib/case): where their inquiry stands, and a form to add to it. */
export default async function CasePage({ params, searchParams }: Props) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const payload = await getPayload({ config })
  const found = await findCase(payload, token)
  if (!found) notFound()
  const [t, format, settings, query] = await Promise.all([
    getTranslations('case'),
    getFormatter(),
    payload.findGlobal({ slug: 'site-settings', depth: 0 }),
    searchParams,
  ])
  const date = (iso: string) => format.dateTime(new Date(iso), { year: 'numeric', month: 'long', day: 'numeric' })
  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <p className="muted">{t('private')}</p>
      <div className="panel reference">
        <p>{t('reference')}</p>
        <p className="reference-number" dir="ltr" data-testid="case-reference">{found.reference}</p>
        <p>
          <strong>{t('statusLabel')}: </strong>
          <span data-testid="case-status">{t(`status.${found.status}`)}</span>
        </p>
        <p data-testid="case-coordinator">{found.coordinatorFirstName ? t('coordinator', { name: found.coordinatorFirstName }) : t('noCoordinator')}</p>
        <p>{t('replyWithin', { days: settings.replyWithinDays ?? DEFAULT_REPLY_WITHIN_DAYS })}</p>
      </div>
      <section aria-labelledby="case-next">
        <h2 id="case-next">{t('nextTitle')}</h2>
        <p>{t(`next.${found.status}`)}</p>
      </section>
      <CaseReplies replies={found.replies} />
      <section aria-labelledby="case-sent">
        <h2 id="case-sent">{t('updatesTitle')}</h2>
        <ul data-testid="case-updates">
          <li>{t('firstInquiry', { date: date(found.createdAt), count: found.records })}</li>
          {found.updates.map((update) => (
            <li key={update.at}>{t('updateItem', { date: date(update.at), files: update.files, message: update.message ? 'yes' : 'no' })}</li>
          ))}
        </ul>
      </section>
      <CaseAddForm locale={locale} token={token} result={one(query.result)} file={one(query.file)} />
    </div>
  )
}
