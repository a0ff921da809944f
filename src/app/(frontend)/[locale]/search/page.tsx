import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { matchEntries, searchIndex, type SearchEntry } from '@/lib/content/search'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string | string[] }> }

/** The query as typed; a repeated ?q= keeps the first. */
const queryOf = async (searchParams: Props['searchParams']) => {
  const { q } = await searchParams
  return (Array.isArray(q) ? q[0] : q)?.trim() ?? ''
}

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'search' })
  const metadata = await pageMetadata({ locale, path: '/search', title: t('metaTitle'), description: t('metaDescription') })
  // Result pages are endless variations of the same content: keep them out of search engines.
  return (await queryOf(searchParams)) ? { ...metadata, robots: { index: false } } : metadata
}

const Result = async ({ entry }: { entry: SearchEntry }) => {
  const t = await getTranslations('search')
  const td = await getTranslations('doctors')
  return (
    <article className="card">
      <div className="body">
        <span className="tag">{entry.type === 'doctors' ? td('searchType') : t(`type.${entry.type}`)}</span>
        <h3 lang={entry.title?.fallback ? 'en' : undefined}>
          {/* Entry types are named after their routes: /hospitals, /doctors, /therapies, /stories. */}
          <Link href={`/${entry.type}/${entry.slug}`}>{entry.title?.value ?? entry.slug}</Link>
        </h3>
        {entry.summary ? <p lang={entry.summary.fallback ? 'en' : undefined}>{entry.summary.value}</p> : null}
      </div>
    </article>
  )
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await queryOf(searchParams)
  const t = await getTranslations('search')
  const results = query ? matchEntries(await searchIndex(locale), query, locale) : []

  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <form className="filters" method="get" role="search">
        <label>
          {t('label')}
          <input type="search" name="q" defaultValue={query} placeholder={t('placeholder')} />
        </label>
        <button className="button" type="submit">
          {t('submit')}
        </button>
      </form>
      {query ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results">{t('results', { count: results.length, query })}</h2>
          {results.length ? (
            <ul className="grid">
              {results.map((entry) => (
                <li key={`${entry.type}/${entry.slug}`}>
                  <Result entry={entry} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('hint')}</p>
          )}
        </section>
      ) : (
        <p className="lead">{t('hint')}</p>
      )}
    </div>
  )
}
