import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { OG_SIZE, OG_TYPE, ogImagePath } from '@/lib/og/imagePath'
import { ogLocales } from '@/lib/og/ogLocale'

type PageMetadata = { locale: Locale; path: string; title: string; description?: string | null; type?: 'website' | 'article' }

/**
 * Title, description, canonical URL, hreflang alternates and the link preview (Open Graph and
 * X/Twitter card) of a page that exists in every locale at /{locale}{path}. URLs are relative:
 * the layout's metadataBase makes them absolute, as crawlers require.
 */
export const pageMetadata = async ({ locale, path, title, description, type = 'website' }: PageMetadata): Promise<Metadata> => {
  const t = await getTranslations({ locale, namespace: 'common' })
  // Chat apps show an empty grey box without a description: the tagline is better than nothing.
  const summary = description || t('tagline')
  const url = `/${locale}${path}`
  const image = { url: ogImagePath(locale, path, `${title}\n${summary}`), ...OG_SIZE, alt: title, type: OG_TYPE }
  return {
    title,
    description: summary,
    alternates: {
      canonical: url,
      languages: { ...Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])), 'x-default': `/${defaultLocale}${path}` },
    },
    openGraph: { title, description: summary, url, type, siteName: t('brand'), ...ogLocales(locale), images: [image] },
    twitter: { card: 'summary_large_image', title, description: summary, images: [image] },
  }
}
