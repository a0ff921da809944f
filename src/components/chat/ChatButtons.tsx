import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { CHAT_APPS, chatUrl } from '@/lib/chat/apps'
import { chatChannels } from '@/lib/chat/settings'
import { qrSvg } from '@/lib/qr'

/**
 * WhatsApp and Telegram in one tap, and the WeChat ID with a QR code, beside every inquiry form.
 * Each button goes through our /{locale}/chat/{app} route, which counts the tap and adds the
 * page and agent to the message. An app without a number or username in the site settings is
 * left out, and nothing is shown when none is set.
 */
export const ChatButtons = async ({ locale, sourcePage }: { locale: Locale; sourcePage: string }) => {
  const [t, channels] = await Promise.all([getTranslations({ locale, namespace: 'chat' }), chatChannels(locale)])
  // Only apps whose setting makes a working link (the check chatUrl does for the redirect too).
  const apps = CHAT_APPS.filter((app) => chatUrl(app, channels[app], ''))
  const qr = channels.wechat ? await qrSvg(channels.wechat, t('wechatQr', { id: channels.wechat }), 160) : undefined
  if (!apps.length && !channels.wechat) return null
  const page = encodeURIComponent(sourcePage)
  return (
    <section className="chat" aria-labelledby="chat-title" data-testid="chat-buttons">
      <h3 id="chat-title">{t('title')}</h3>
      <p className="small">{t('lead')}</p>
      <p className="chat-buttons">
        {apps.map((app) => (
          <a key={app} className={`button chat-${app}`} href={`/${locale}/chat/${app}?page=${page}`} rel="nofollow" data-app={app}>
            {t(app)}
          </a>
        ))}
      </p>
      {channels.wechat && qr ? (
        <div className="chat-wechat">
          <p>
            {t('wechat')}: <span dir="ltr">{channels.wechat}</span>
          </p>
          <div dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="small">{t('wechatHint')}</p>
        </div>
      ) : null}
    </section>
  )
}
