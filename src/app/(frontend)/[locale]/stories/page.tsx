import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { StoryCard } from '@/components/Cards'
import type { Locale } from '@/i18n/locales'
import { listStories } from '@/lib/content/readers'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'stories' })
  return pageMetadata({ locale, path: '/stories', title: t('metaTitle'), description: t('metaDescription') })
}

export default async function StoriesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('stories')
  const stories = await listStories(locale)
  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ul className="grid">
        {stories.map((item) => (
          <li key={item.doc.id}>
            <StoryCard item={item} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  )
}
