import { getTranslations } from 'next-intl/server'

import { HeaderNav } from '@/components/HeaderNav'
import { Link } from '@/i18n/Link'

export const SiteHeader = async () => {
  const t = await getTranslations('common')
  const items = [
    { href: '/hospitals', label: t('nav.hospitals') },
    { href: '/therapies', label: t('nav.therapies') },
    { href: '/stories', label: t('nav.stories') },
    { href: '/search', label: t('nav.search') },
    { href: '/contact', label: t('nav.contact') },
  ]
  return (
    <header className="site-header">
      <div className="wrap">
        <Link href="/" className="brand">
          {t('brand')}
        </Link>
        <HeaderNav label={t('nav.label')} languageLabel={t('language')} items={items} />
      </div>
    </header>
  )
}
