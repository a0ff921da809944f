import type { Locale } from '@/i18n/locales'
import { getSettings } from '@/lib/content/readers'
import type { ChatApp } from '@/lib/chat/apps'

export type ChatChannels = Partial<Record<ChatApp | 'wechat', string>>

/** The team's chat addresses in this language, or the English team's where a language has none of its own. */
export const chatChannels = async (locale: Locale): Promise<ChatChannels> => {
  const { doc, en } = await getSettings(locale)
  const pick = (key: 'whatsapp' | 'telegram' | 'wechatId') => doc.contact?.[key] || en.contact?.[key] || undefined
  return { whatsapp: pick('whatsapp'), telegram: pick('telegram'), wechat: pick('wechatId') }
}
