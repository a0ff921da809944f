import { createHash } from 'node:crypto'

import type { Locale } from '@/i18n/locales'

/** The card's size: what Facebook, WhatsApp, Telegram and X show as a large preview (1.91:1). */
export const OG_SIZE = { width: 1200, height: 630 } as const

export const OG_TYPE = 'image/jpeg'

/**
 * Where the preview image of the page at /{locale}{path} is served (see app/(frontend)/[locale]/og).
 * It sits under the locale, so the proxy leaves it alone and the pages' revalidation expires it too.
 * Facebook and WhatsApp keep an image by its URL, so `v` (from the text the card shows) changes the
 * URL when the page is renamed or re-summarised; the route itself ignores it.
 */
export const ogImagePath = (locale: Locale, path: string, text?: string) =>
  `/${locale}/og${path}${text ? `?v=${createHash('sha256').update(text).digest('hex').slice(0, 10)}` : ''}`
