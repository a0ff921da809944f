import type { Metadata } from 'next'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'

/**
 * Title, description, canonical URL and hreflang alternates for a page that exists in every
 * locale at /{locale}{path}. (Open Graph images come with the agents' share kit.)
 */
export const pageMetadata = ({ locale, path, title, description }: { locale: Locale; path: string; title: string; description?: string }): Metadata => ({
  title,
  description,
  alternates: {
    canonical: `/${locale}${path}`,
    languages: { ...Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])), 'x-default': `/${defaultLocale}${path}` },
  },
  openGraph: { title, description, locale, url: `/${locale}${path}`, type: 'website' },
})
