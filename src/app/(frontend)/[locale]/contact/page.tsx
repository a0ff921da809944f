import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getSettings } from '@/lib/content/readers'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = {
  params: Promise<{ locale: Locale }>
  // Set by the "ask about" buttons on therapy, hospital and story pages; the inquiry form will prefill from them.
  searchParams: Promise<{ therapy?: string; hospital?: string }>
}

const PREPARE = ['diagnosis', 'treatment', 'records', 'goal'] as const

/** Digits only (and a leading +), as tel: and wa.me links expect. */
const dialable = (number: string) => number.replace(/(?!^\+)\D/g, '')

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'contact' })
  return pageMetadata({ locale, path: '/contact', title: t('metaTitle'), description: t('metaDescription') })
}

export default async function ContactPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('contact')
  const { doc, en } = await getSettings(locale)
  // Channels are per language (a coordinator for each); where a language has none of its own, the
  // English team's channel still reaches us. Addresses and numbers need no lang="en" marking.
  const channel = (key: keyof typeof doc.contact) => doc.contact?.[key] || en.contact?.[key] || undefined
  const email = channel('email')
  const phone = channel('phone')
  const whatsapp = channel('whatsapp')
  const wechat = channel('wechatId')

  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      {/* The inquiry form (issue 4) goes here. */}

      <section className="panel" aria-labelledby="contact-channels">
        <h2 id="contact-channels">{t('channels')}</h2>
        {/* Addresses and numbers read left to right in Arabic pages too (dir on the value, not the row, keeps alignment). */}
        <dl>
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
      </section>

      <section aria-labelledby="contact-prepare">
        <h2 id="contact-prepare">{t('prepare')}</h2>
        <ul className="prose">
          {PREPARE.map((item) => (
            <li key={item}>{t(`prepareItems.${item}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
