import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getSettings } from '@/lib/content/readers'

/** Digits only (and a leading +), as tel: and wa.me links expect. */
const dialable = (number: string) => number.replace(/(?!^\+)\D/g, '')

/**
 * The team's e-mail, phone, WhatsApp and WeChat: on the contact page, and inside the inquiry
 * form's error message when sending fails. Channels are per language (a coordinator for each);
 * where a language has none of its own, the English team's channel still reaches us.
 */
export const ContactChannels = async ({ locale, headingLevel = 2 }: { locale: Locale; headingLevel?: 2 | 3 }) => {
  const t = await getTranslations({ locale, namespace: 'contact' })
  const { doc, en } = await getSettings(locale)
  const channel = (key: keyof typeof doc.contact) => doc.contact?.[key] || en.contact?.[key] || undefined
  const email = channel('email')
  const phone = channel('phone')
  const whatsapp = channel('whatsapp')
  const wechat = channel('wechatId')
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const headingId = headingLevel === 2 ? 'contact-channels' : undefined
  return (
    <>
      <Heading id={headingId}>{t('channels')}</Heading>
      {/* Addresses and numbers read left to right in Arabic pages too (dir on the value, not the row, keeps alignment). */}
      <dl className="channels">
        {email ? (
          <div>
            <dt>{t('email')}</dt>
            <dd>
              <a dir="ltr" href={`mailto:${email}`}>{email}</a>
            </dd>
          </div>
        ) : null}
        {phone ? (
          <div>
            <dt>{t('phone')}</dt>
            <dd>
              <a dir="ltr" href={`tel:${dialable(phone)}`}>{phone}</a>
            </dd>
          </div>
        ) : null}
        {whatsapp ? (
          <div>
            <dt>{t('whatsapp')}</dt>
            <dd>
              <a dir="ltr" href={`https://wa.me/${dialable(whatsapp).replace('+', '')}`}>{whatsapp}</a>
            </dd>
          </div>
        ) : null}
        {wechat ? (
          <div>
            <dt>{t('wechat')}</dt>
            <dd>
              <span dir="ltr">{wechat}</span>
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  )
}
