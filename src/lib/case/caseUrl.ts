import type { Locale } from '@/i18n/locales'
import { caseToken } from '@/lib/case/token'
import { serverURL } from '@/lib/serverUrls'

/** The case page's path for a token: /{locale}/case/{token}. */
export const casePath = (locale: Locale, token: string): string => `/${locale}/case/${token}`

/** The full link to a case page, as e-mails give it (the token derived from the inquiry's salt). */
export const caseUrl = (locale: Locale, salt: string): string => `${serverURL}${casePath(locale, caseToken(salt))}`
