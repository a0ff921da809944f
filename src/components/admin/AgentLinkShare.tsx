import type { UIFieldServerComponent } from 'payload'

import { CopyButton } from '@/components/admin/CopyButton'
import type { CustomMessageKey } from '@/i18n/admin/messages'
import { qrSvg } from '@/lib/qr'
import { shortLinkUrl } from '@/lib/shortLinks'

/**
 * The agent's share kit in the link's edit view: the short URL to paste into WhatsApp or Telegram,
 * a copy button, and a QR code for WeChat or a phone held up to a screen. Shown once saved.
 */
export const AgentLinkShare: UIFieldServerComponent = async ({ data, i18n }) => {
  const code = typeof data?.code === 'string' ? data.code : undefined
  if (!code) return null
  const t = (key: CustomMessageKey) => (i18n.t as (k: string) => string)(`custom:${key}`)
  const url = shortLinkUrl(code)
  const svg = await qrSvg(url, url)
  return (
    <div className="agent-link-share" style={{ display: 'grid', gap: '0.75rem', marginBlockEnd: '1.5rem' }}>
      <p style={{ margin: 0 }}>{t('shortLinkHint')}</p>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <code dir="ltr" data-testid="short-link" style={{ fontSize: '1.1rem' }}>
          {url}
        </code>
        <CopyButton text={url} label={t('copyLink')} done={t('copied')} />
      </div>
      <div data-testid="short-link-qr" style={{ inlineSize: 220, background: '#fff', padding: 8 }} dangerouslySetInnerHTML={{ __html: svg }} />
    </div>
  )
}
