import { locales, type Locale } from '@/i18n/locales'

/**
 * Open Graph wants language_TERRITORY (https://ogp.me/#optional). Facebook's list has no
 * territory-neutral Arabic and spells it ar_AR, which WhatsApp and Telegram read as Arabic too.
 */
export const OG_LOCALES: Record<Locale, string> = {
  en: 'en_US',
  zh: 'zh_CN',
  ru: 'ru_RU',
  ar: 'ar_AR',
}

/** og:locale for this page and og:locale:alternate for the other languages it exists in. */
export const ogLocales = (locale: Locale) => ({
  locale: OG_LOCALES[locale],
  alternateLocale: locales.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
})
