import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/Link'

/** Where the page sits; the last crumb is the page itself. */
export const Breadcrumbs = async ({ trail }: { trail: { href?: string; label: string }[] }) => {
  const t = await getTranslations('common')
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
    </nav>
  )
}
