import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Localized } from '@/components/Localized'
import { RichText } from '@/components/RichText'
import type { Locale } from '@/i18n/locales'
import { getSettings } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'privacy' })
  return pageMetadata({ locale, path: '/privacy', title: t('metaTitle'), description: t('metaDescription') })
}

/** The notice itself is edited in the CMS (site settings), so legal changes need no deploy. */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('privacy')
  const { doc, en } = await getSettings(locale)
  return (
    <article className="wrap">
      <h1>{t('title')}</h1>
      <Localized shown={shown(doc.privacyNotice, en.privacyNotice, locale)} as="div">
        {(value) => <RichText data={value} />}
      </Localized>
    </article>
  )
}
