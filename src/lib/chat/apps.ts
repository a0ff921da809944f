/** The chat apps a patient can open in one tap; WeChat has no such link, so it shows an ID and a QR code. */
export const CHAT_APPS = ['whatsapp', 'telegram'] as const
export type ChatApp = (typeof CHAT_APPS)[number]
export const isChatApp = (value: unknown): value is ChatApp => (CHAT_APPS as readonly unknown[]).includes(value)

/** Digits only, as wa.me expects (no "+", spaces or dashes). */
const whatsappNumber = (value: string) => value.replace(/\D/g, '')
/** A Telegram username without "@" or a t.me prefix: 5–32 letters, digits and underscores. */
const telegramUsername = (value: string) => value.trim().replace(/^(https?:\/\/)?(t\.me\/)?@?/, '')
const TELEGRAM_USERNAME = /^[A-Za-z][A-Za-z0-9_]{4,31}$/

/**
 * The app's own link that opens a chat with the team, the message typed in for the patient to
 * send; undefined when the setting does not make a valid address (nothing is shown then).
 */
export const chatUrl = (app: ChatApp, address: string | null | undefined, text: string): string | undefined => {
  if (!address) return undefined
  if (app === 'whatsapp') {
    const number = whatsappNumber(address)
    return number.length >= 7 ? `https://wa.me/${number}?text=${encodeURIComponent(text)}` : undefined
  }
  const username = telegramUsername(address)
  return TELEGRAM_USERNAME.test(username) ? `https://t.me/${username}?text=${encodeURIComponent(text)}` : undefined
}
