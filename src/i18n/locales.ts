// The one list of languages. Payload's `localization` and next-intl's routing both read it, so
// adding a language is one entry here plus one messages file.
export const locales = ['en', 'zh', 'ru', 'ar'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

export const localeLabels: Record<Locale, string> = {
  en: 'English',
  zh: '简体中文',
  ru: 'Русский',
  ar: 'العربية',
}

export const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(['ar'])

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

export const textDirection = (locale: Locale): 'ltr' | 'rtl' => (rtlLocales.has(locale) ? 'rtl' : 'ltr')
