'use client'

import { useLocale } from 'next-intl'

import { Link, usePathname } from '@/i18n/navigation'
import { localeLabels, locales } from '@/i18n/locales'

type Props = { label: string; languageLabel: string; items: { href: string; label: string }[] }

/**
 * Main navigation and language switcher. The only client component in the layout: it needs the
 * current path to mark the active section and to keep the visitor on the same page when they
 * change language. Rendered on the server too, so it works before (or without) JavaScript.
 */
export const HeaderNav = ({ label, languageLabel, items }: Props) => {
  const pathname = usePathname()
  const current = useLocale()
  const isActive = (href: string) => (href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`))
  return (
    <>
      <nav className="nav" aria-label={label}>
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={isActive(item.href) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={languageLabel}>
        <ul className="langs">
          {locales.map((locale) => (
            <li key={locale}>
              <Link href={pathname} locale={locale} hrefLang={locale} lang={locale} aria-current={locale === current ? 'true' : undefined}>
                {localeLabels[locale]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
