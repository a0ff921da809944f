import { textDirection, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/**
 * The answer to one form post too many: HTTP 429 in the visitor's language, with Retry-After.
 * The form's script gets plain text, which Next hands to it as the error message; a browser
 * without JavaScript gets a small page with the way back and the other ways to reach us.
 */
export const tooManyRequests = ({ locale, retryAfterSeconds, forScript }: { locale: Locale; retryAfterSeconds: number; forScript: boolean }): Response => {
  const t = translatorFor(locale)
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  const title = t('inquiry.rateLimited.title')
  const text = t('inquiry.rateLimited.text', { minutes })
  const headers = { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' }
  if (forScript) return new Response(`${title}. ${text}`, { status: 429, headers: { ...headers, 'content-type': 'text/plain' } })
  const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b5394}</style></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/${locale}/contact#contact-channels">${escapeHtml(t('inquiry.otherWays'))}</a></p></main></body></html>`
  return new Response(html, { status: 429, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } })
}
