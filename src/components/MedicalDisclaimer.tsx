import { getTranslations } from 'next-intl/server'

import { Localized } from '@/components/Localized'
import type { Locale } from '@/i18n/locales'
import { getSettings } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'

type Props = {
  locale: Locale
  /** `emergency` is the form's short version: what to do in an emergency, before anyone writes to us. */
  variant?: 'full' | 'emergency'
}

/**
 * The medical disclaimer from the site settings, where a patient weighs a decision: therapy and
 * story pages (in full: not advice, results vary, figures as reported, emergencies, who pays) and
 * the inquiry form (the emergency line). The footer shows the same texts on every page.
 */
export const MedicalDisclaimer = async ({ locale, variant = 'full' }: Props) => {
  const t = await getTranslations('common.footer')
  const { doc, en } = await getSettings(locale)
  const emergency = shown(doc.emergency, en.emergency, locale)
  if (variant === 'emergency') {
    return emergency ? (
      <div className="notice" data-testid="emergency-note">
        <strong>{t('emergencyTitle')}</strong> <Localized shown={emergency} as="span" />
      </div>
    ) : null
  }
  const funding = shown(doc.funding, en.funding, locale)
  return (
    <aside className="notice disclaimer" aria-label={t('disclaimerTitle')} data-testid="medical-disclaimer">
      <Localized shown={shown(doc.disclaimer, en.disclaimer, locale)} />
      {emergency ? (
        <div>
          <strong>{t('emergencyTitle')}</strong> <Localized shown={emergency} as="span" />
        </div>
      ) : null}
      {funding ? (
        <div>
          <strong>{t('fundingTitle')}</strong> <Localized shown={funding} as="span" />
        </div>
      ) : null}
    </aside>
  )
}
