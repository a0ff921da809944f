import type { Metadata } from 'next'
import dynamic from 'next/dynamic'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import '@/app/(frontend)/globals.css'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { locales, textDirection } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { JsonLd } from '@/lib/seo/JsonLd'
import { organization } from '@/lib/seo/structuredData'
import { serverURL } from '@/lib/serverUrls'

// Loaded only when rendered (draft mode), so visitors never download the live-preview script.
const LivePreviewListener = dynamic(() => import('@/components/LivePreviewListener').then((m) => m.LivePreviewListener))

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export const generateStaticParams = () => locales.map((locale) => ({ locale }))

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale: hasLocale(locales, locale) ? locale : 'en', namespace: 'common' })
  return { metadataBase: new URL(serverURL), title: { default: t('brand'), template: `%s · ${t('brand')}` } }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('common')
  // Only editors in draft mode load the live-preview script; visitors get none of it.
  const { isEnabled: previewing } = await draftMode()
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body>
        <a className="skip" href="#main">
          {t('skipToContent')}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
        <JsonLd data={organization(locale, { name: t('brand'), description: t('tagline') })} />
        {previewing ? <LivePreviewListener serverURL={serverURL} /> : null}
      </body>
    </html>
  )
}
