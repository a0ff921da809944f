import { getTranslations } from 'next-intl/server'

import { CopyLink } from '@/components/CopyLink'
import type { Locale } from '@/i18n/locales'
import { serverURL } from '@/lib/serverUrls'

type Props = { locale: Locale; path: string; title: string }

/**
 * Share links for story, therapy and hospital pages: plain links to each app's own share page
 * (they work without JavaScript and without loading anyone's script), the URL to copy, and a QR
 * code drawn on the server for WeChat, which shows no preview card for links from outside. The
 * code is an image ([locale]/qr), fetched only when the visitor opens its panel.
 */
export const SharePanel = async ({ locale, path, title }: Props) => {
  const t = await getTranslations({ locale, namespace: 'share' })
  const url = `${serverURL}/${locale}${path}`
  const text = encodeURIComponent(title)
  const target = encodeURIComponent(url)
  const networks = [
    { name: 'WhatsApp', href: `https://wa.me/?text=${text}%20${target}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${target}&text=${text}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${target}` },
    { name: 'X', href: `https://x.com/intent/post?url=${target}&text=${text}` },
  ]
  return (
    <section className="panel share" aria-labelledby="share-title">
      <h2 id="share-title">{t('title')}</h2>
      <p className="muted">{t('lead')}</p>
      <ul className="share-links">
        {networks.map((network) => (
          <li key={network.name}>
            <a href={network.href} target="_blank" rel="noopener noreferrer" data-network={network.name}>
              {t('via', { network: network.name })}
              <span className="visually-hidden"> ({t('newWindow')})</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="share-copy">
        <label htmlFor="share-url">{t('link')}</label>
        <input id="share-url" type="url" dir="ltr" readOnly value={url} />
        <CopyLink url={url} label={t('copy')} done={t('copied')} />
      </div>
      <details className="share-qr">
        <summary>{t('qr')}</summary>
        <p className="muted">{t('qrHint')}</p>
        <div className="qr">
          <img src={`/${locale}/qr${path}`} alt={t('qrLabel')} width={200} height={200} loading="lazy" decoding="async" />
        </div>
      </details>
    </section>
  )
}
