import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Localized } from '@/components/Localized'
import { PrivacySection } from '@/components/privacy/PrivacySection'
import { RichText } from '@/components/RichText'
import { DEFAULT_RETENTION_MONTHS } from '@/globals/SiteSettings/retention'
import type { Locale } from '@/i18n/locales'
import { getSettings } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'
import { PRIVACY_SECTIONS } from '@/lib/privacy/sections'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'privacy' })
  return pageMetadata({ locale, path: '/privacy', title: t('metaTitle'), description: t('metaDescription') })
}

/**
 * The privacy notice (GDPR Art. 13, PIPL Art. 17 and 30): its wording is in messages/*.json beside
 * the form's two consents, which it quotes word for word; the facts that differ per operator (who
 * the controller is, how long inquiries are kept) come from the site settings, the same values the
 * retention job reads.
 */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, ti] = await Promise.all([getTranslations('privacy'), getTranslations('inquiry.consent')])
  const { doc, en } = await getSettings(locale)
  const missing = t('controllerMissing')
  const values = {
    controller: shown(doc.controller?.name, en.controller?.name, locale)?.value ?? missing,
    address: shown(doc.controller?.address, en.controller?.address, locale)?.value ?? missing,
    email: doc.controller?.email ?? doc.contact?.email ?? missing,
    months: doc.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
  }
  return (
    <article className="wrap prose">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {PRIVACY_SECTIONS.map((section) =>
        section === 'legalBasis' ? (
          <PrivacySection key={section} id={section} title={t(`sections.${section}.title`)} body={t(`sections.${section}.before`, values)}>
            <p>{t('consentsIntro')}</p>
            <ol className="consents" data-testid="privacy-consents">
              <li>
                <blockquote>{ti('text')}</blockquote>
              </li>
              <li>
                <blockquote>{ti('transfer')}</blockquote>
              </li>
            </ol>
            {t(`sections.${section}.after`, values)
              .split('\n\n')
              .map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
          </PrivacySection>
        ) : (
          <PrivacySection key={section} id={section} title={t(`sections.${section}.title`)} body={t(`sections.${section}.body`, values)} />
        ),
      )}
      <Localized shown={shown(doc.privacyNotice, en.privacyNotice, locale)} as="div">
        {(value) => <RichText data={value} />}
      </Localized>
    </article>
  )
}
