import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from '@/i18n/locales'
import { SAME_SITE, secureCookies } from '@/lib/cookiePolicy'

/** Every public URL starts with its locale: /en/…, /zh/…, /ru/…, /ar/… */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // A visitor's choice (via the language switcher) wins over Accept-Language on their next visit to /.
  // `secure` is left out on http: next-intl writes any boolean key as a bare attribute when it
  // syncs the cookie in the browser, so `secure: false` would still mark it Secure.
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: SAME_SITE, ...(secureCookies ? { secure: true } : {}) },
})
