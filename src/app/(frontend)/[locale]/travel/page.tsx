import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Localized } from '@/components/Localized'
import type { Locale } from '@/i18n/locales'
import { getTravelGuide } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'
import { pageMetadata } from '@/lib/pageMetadata'
import { readable } from '@/lib/typography/readable'

type Props = { params: Promise<{ locale: Locale }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const [t, { doc, en }] = await Promise.all([getTranslations({ locale, namespace: 'travel' }), getTravelGuide(locale)])
  return pageMetadata({ locale, path: '/travel', title: doc.title || en.title || t('metaTitle'), description: doc.lead || en.lead || t('metaDescription') })
}

/**
 * General guidance for families staying in China for treatment, written by the editors in the
 * travel-guide global (src/globals/TravelGuide). It names no embassy rule, fee or time as fact
 * (those change and differ by country); until an editor has checked a language's text, the page
 * says so at the top. A language without its own sections shows the English ones, marked.
 */
export default async function TravelPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, { doc, en }] = await Promise.all([getTranslations('travel'), getTravelGuide(locale)])
  const sections = shown(doc.sections?.length ? doc.sections : null, en.sections, locale)
  const checked = sections?.fallback ? en.checked : doc.checked
  return (
    <div className="wrap">
      <h1>{readable(doc.title || en.title || t('title'))}</h1>
      <Localized shown={shown(doc.lead, en.lead, locale)} className="lead" />
      {checked ? null : (
        <p className="notice" data-testid="travel-guidance">
          {t('guidance')}
        </p>
      )}
      <Localized shown={sections} as="div">
        {(list) =>
          list.map((section, index) => (
            <section key={section.id ?? index} aria-labelledby={`travel-${index}`}>
              <h2 id={`travel-${index}`}>{readable(section.heading)}</h2>
              <ul className="prose">
                {(section.points ?? []).map((point, i) => (
                  <li key={point.id ?? i}>{readable(point.text)}</li>
                ))}
              </ul>
            </section>
          ))
        }
      </Localized>
    </div>
  )
}
