import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { clientIp } from '@/lib/clientIp'
import { consumeInquiryPoint } from '@/lib/inquiries/rateLimit'
import { tooManyRequests } from '@/lib/inquiries/tooManyRequests'
import { normaliseReferralCode, REFERRAL_COOKIE, REFERRAL_QUERY_PARAM, referralCookieOptions } from '@/lib/referral'

const localeRouting = createMiddleware(routing)

/**
 * Every public URL passes here:
 * - the only POSTs public pages receive are inquiry form posts (a server action with or without
 *   JavaScript), so they are counted per client and refused with a 429 before the body is read;
 * - `?ref=CODE` on any URL remembers the referring agent for 30 days (src/lib/referral.ts);
 * - next-intl sends `/` to the visitor's language and keeps every URL under a locale.
 * Payload's admin and API, Next's own files and anything with a file extension pass untouched.
 */
export default async function proxy(request: NextRequest) {
  if (request.method === 'POST') {
    // Next hands the proxy its own copy of the body and keeps filling it, read or not, until the
    // request ends (a second copy of a 50 MB form in memory); the proxy never needs it.
    await request.body?.cancel().catch(() => undefined)
    const limit = await consumeInquiryPoint(clientIp(request.headers))
    if (!limit.ok) {
      const segment = request.nextUrl.pathname.split('/')[1]
      const locale = isLocale(segment) ? segment : defaultLocale
      return tooManyRequests({ locale, retryAfterSeconds: limit.retryAfterSeconds, forScript: request.headers.has('next-action') })
    }
  }
  const response = localeRouting(request)
  const referral = normaliseReferralCode(request.nextUrl.searchParams.get(REFERRAL_QUERY_PARAM))
  // The latest agent's link wins: the patient is acting on the one they opened last.
  if (referral) response.cookies.set(REFERRAL_COOKIE, referral, referralCookieOptions)
  return response
}

export const config = {
  // r/: agents' short links resolve outside the locale tree (src/app/(frontend)/r).
  matcher: '/((?!admin|api|next|r/|_next|_vercel|.*\\..*).*)',
}
