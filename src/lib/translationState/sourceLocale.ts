import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/**
 * The language translations are made from: English unless TRANSLATION_SOURCE_LOCALE names another
 * of the portal's locales. Read at each save, so a change applies from the next save on (and all
 * earlier baselines, made against the old source, count as reviewed then).
 */
export const translationSourceLocale = (): Locale => {
  const configured = process.env.TRANSLATION_SOURCE_LOCALE?.trim()
  return isLocale(configured) ? configured : defaultLocale
}
