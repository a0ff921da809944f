// The answers the server gives before Next sees a request: a small page in the language of the
// path (the same look as the inquiry form's 429, src/lib/inquiries/tooManyRequests.ts), or plain
// text for the form's script, which shows it as the error message. No request detail is echoed.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { refusalHeaders } from '../lib/securityHeaders.mjs'

const FALLBACK_LOCALE = 'en'

/** The portal's languages are its messages files (src/i18n/locales.ts lists the same ones). */
export const loadRefusalTexts = (messagesDir) => {
  const texts = new Map()
  for (const file of readdirSync(messagesDir).filter((name) => name.endsWith('.json'))) {
    const messages = JSON.parse(readFileSync(path.join(messagesDir, file), 'utf8'))
    texts.set(path.basename(file, '.json'), { ...messages.requestRefused, otherWays: messages.inquiry.otherWays })
  }
  if (!texts.has(FALLBACK_LOCALE)) throw new Error(`messages: no ${FALLBACK_LOCALE}.json in ${messagesDir}`)
  return texts
}

const STATUS = { badRequest: 400, forbidden: 403, timeout: 408, tooLarge: 413, busy: 503 }

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char])

/** The first path segment, read from the raw URL (it may be the part that does not decode). */
const localeOf = (texts, url) => {
  const segment = String(url ?? '').split(/[/?#]/)[1]
  return texts.has(segment) ? segment : FALLBACK_LOCALE
}

/**
 * Status, headers and body of one refusal.
 * @param {Map<string, Record<string, any>>} texts from loadRefusalTexts
 * @param {{ kind: keyof typeof STATUS, url: string | undefined, forScript: boolean, retryAfterSeconds?: number }} request
 */
export const refusal = (texts, { kind, url, forScript, retryAfterSeconds }) => {
  const locale = localeOf(texts, url)
  const t = texts.get(locale)[kind]
  const { otherWays } = texts.get(locale)
  const headers = { ...refusalHeaders, 'cache-control': 'no-store' }
  if (retryAfterSeconds) headers['retry-after'] = String(retryAfterSeconds)
  if (forScript) return { status: STATUS[kind], headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }, body: `${t.title}. ${t.text}` }
  const dir = new Intl.Locale(locale).textInfo?.direction ?? 'ltr'
  const body = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title><style>body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b5394}</style></head><body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.text)}</p><p><a href="/${locale}/contact#contact-channels">${escapeHtml(otherWays)}</a></p></main></body></html>`
  return { status: STATUS[kind], headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body }
}
