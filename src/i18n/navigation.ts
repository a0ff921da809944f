import type { Locale } from '@/i18n/locales'

type Href = string | { pathname: string; query?: Record<string, string> }

/**
 * Locale-aware paths for server code: getPathname({ href: '/therapies', locale: 'ar' }) →
 * /ar/therapies. Every URL carries its locale (routing.ts: localePrefix 'always', no translated
 * pathnames), so this is a prefix. Not next-intl's createNavigation: its module references
 * next-intl's client Link, and Next then ships that Link's chunk (the ICU message formatter, about
 * 10 KB gzipped) to every page although nothing renders it.
 */
export const getPathname = ({ href, locale }: { href: Href; locale: Locale }): string => {
  const { pathname, query } = typeof href === 'string' ? { pathname: href, query: undefined } : href
  const search = query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''
  return `/${locale}${pathname === '/' ? '' : pathname}${search}`
}
