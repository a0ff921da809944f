import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from '@/i18n/locales'

/** Every public URL starts with its locale: /en/…, /zh/…, /ru/…, /ar/… */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // A visitor's choice (via the language switcher) wins over Accept-Language on their next visit to /.
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 },
})
