import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import { locales } from '@/i18n/locales'

type Props = { params: Promise<{ locale: string }> }

/**
 * Any path under a locale that no page claims: the translated 404 page. The locale is set here
 * too (plain page views skip the proxy, so no request header carries it to not-found.tsx).
 */
export default async function CatchAll({ params }: Props) {
  const { locale } = await params
  if (hasLocale(locales, locale)) setRequestLocale(locale)
  notFound()
}
