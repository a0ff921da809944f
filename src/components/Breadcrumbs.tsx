import { getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { JsonLd } from '@/lib/seo/JsonLd'
import { breadcrumbList } from '@/lib/seo/structuredData'

/** Where the page sits; the last crumb is the page itself. Search engines get the same trail. */
export const Breadcrumbs = async ({ trail }: { trail: { href?: string; label: string }[] }) => {
  const t = await getTranslations('common')
  const locale = (await getLocale()) as Locale
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumb')}>
      <ol>
        <li>
          <Link href="/">{t('nav.home')}</Link>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.label}>{crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}</li>
        ))}
      </ol>
      <JsonLd data={breadcrumbList(locale, [{ href: '', label: t('nav.home') }, ...trail])} />
    </nav>
  )
}
