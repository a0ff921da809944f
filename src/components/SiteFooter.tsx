import { getTranslations } from 'next-intl/server'

import { Localized } from '@/components/Localized'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { getSettings } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'

export const SiteFooter = async ({ locale }: { locale: Locale }) => {
  const t = await getTranslations('common')
  const settings = await getSettings(locale)
  return (
    <footer className="site-footer">
      <div className="wrap">
        <section>
          <h2>{t('brand')}</h2>
          <p>{t('footer.about')}</p>
          <p className="small">{t('footer.sources')}</p>
        </section>
        <section>
          <h2>{t('footer.disclaimerTitle')}</h2>
          <Localized shown={shown(settings.doc.disclaimer, settings.en.disclaimer, locale)} className="small" />
          <Localized shown={shown(settings.doc.emergency, settings.en.emergency, locale)} className="small" />
          <h2>{t('footer.fundingTitle')}</h2>
          <Localized shown={shown(settings.doc.funding, settings.en.funding, locale)} className="small" />
        </section>
        <nav aria-label={t('footer.contact')}>
          <ul>
            <li>
              <Link href="/contact">{t('footer.contact')}</Link>
            </li>
            <li>
              <Link href="/privacy">{t('footer.privacy')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
