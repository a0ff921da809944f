import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/Link'

/** The call to action closing every hospital, therapy and story page. */
export const InquiryCta = async ({ title, query }: { title: string; query?: Record<string, string> }) => {
  const t = await getTranslations('common')
  return (
    <section className="cta" aria-labelledby="cta-title">
      <h2 id="cta-title">{title}</h2>
      <p>{t('askLead')}</p>
      <Link className="button" href={{ pathname: '/contact', query }}>
        {t('askCta')}
      </Link>
    </section>
  )
}
