import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/Link'

export default async function NotFound() {
  const t = await getTranslations('notFound')
  return (
    <div className="wrap prose">
      <title>{t('metaTitle')}</title>
      <h1>{t('title')}</h1>
      <p className="lead">{t('text')}</p>
      <div className="actions">
        <Link className="button" href="/">
          {t('home')}
        </Link>
        <Link className="button secondary" href="/search">
          {t('search')}
        </Link>
      </div>
    </div>
  )
}
