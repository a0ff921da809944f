import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { shown } from '@/lib/content/shown'
import type { Source } from '@/payload-types'

type Ref = number | string | Source | null | undefined

const asSource = (ref: Ref): Source | undefined => (ref && typeof ref === 'object' ? ref : undefined)

/**
 * A source as a readable citation in the visitor's language: publisher, title, kind, date or
 * "undated", access date or "not recorded", and a link only where the source has a public URL.
 */
export const Citation = async ({ source, english, locale, label }: { source: Ref; english?: Ref; locale: Locale; label?: string }) => {
  const own = asSource(source)
  const en = asSource(english)
  if (!own && !en) return null
  const t = await getTranslations('evidence')
  const format = await getFormatter()
  const doc = (own ?? en) as Source
  const title = shown(own?.title, en?.title, locale)
  const publisher = shown(own?.publisher, en?.publisher, locale)
  const date = (value: string) => format.dateTime(new Date(value), { year: 'numeric', month: 'long', day: 'numeric' })
  // Punctuation is translated too: Chinese uses full-width marks, Arabic its own comma.
  const p = (key: 'comma' | 'listSeparator' | 'colon' | 'openParen' | 'closeParen') => t(`punctuation.${key}`)
  const details = [
    t(`kind.${doc.kind}`),
    doc.published ? t('published', { date: date(doc.published) }) : t('undated'),
    doc.accessed ? t('accessed', { date: date(doc.accessed) }) : t('accessNotRecorded'),
  ].join(p('listSeparator'))
  return (
    <p className="source citation">
      {label ?? t('source')}
      {p('colon')}
      {publisher ? <span lang={publisher.fallback ? 'en' : undefined}>{publisher.value}</span> : null}
      {publisher && title ? p('comma') : null}
      {title ? (
        doc.url ? (
          <a href={doc.url} rel="noopener noreferrer" lang={title.fallback ? 'en' : undefined}>
            {title.value}
          </a>
        ) : (
          <cite lang={title.fallback ? 'en' : undefined}>{title.value}</cite>
        )
      ) : null}
      {p('openParen')}
      {details}
      {p('closeParen')}
    </p>
  )
}
