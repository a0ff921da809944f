'use client'

import NextLink from 'next/link'
import { usePathname } from 'next/navigation'

import { isLocale, localeLabels, locales } from '@/i18n/locales'

type Props = { label: string; languageLabel: string; items: { href: string; label: string }[] }

/**
 * Main navigation and language switcher: the one client component of the public pages. It needs
 * the current path to mark the active section and to keep the visitor on the same page when they
 * change language. It is rendered on the server too, so it works before or without JavaScript,
 * and it uses only Next's router (no i18n runtime in the browser).
 */
export const HeaderNav = ({ label, languageLabel, items }: Props) => {
  const [, first = '', ...rest] = usePathname().split('/')
  const current = isLocale(first) ? first : 'en'
  const here = rest.length ? `/${rest.join('/')}` : ''
  const isActive = (href: string) => here === href || here.startsWith(`${href}/`)
  return (
    <>
      <nav className="nav" aria-label={label}>
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <NextLink href={`/${current}${item.href}`} aria-current={isActive(item.href) ? 'page' : undefined}>
                {item.label}
              </NextLink>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={languageLabel}>
        <ul className="langs">
          {locales.map((locale) => (
            <li key={locale}>
              {/* No prefetch: fetching three other languages of every page would waste a phone's data. */}
              <NextLink
                href={`/${locale}${here}`}
                prefetch={false}
                hrefLang={locale}
                lang={locale}
                aria-current={locale === current ? 'true' : undefined}
              >
                {localeLabels[locale]}
              </NextLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
