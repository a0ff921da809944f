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
 * Form posts, `?ref=` links, paths outside a locale and views that change the language cookie
 * pass here (the matcher below; plain page views do not):
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

// Which requests pay for the proxy. A plain page view does not: it is a static page, and the
// proxy's work is only for (1) paths outside a locale, which next-intl redirects; (2) requests with
// a body or a server action id (every form post: rate limit); (3) `?ref=` links; (4) page views
// whose NEXT_LOCALE cookie next-intl would set or update (its syncCookie: no cookie and a browser
// language other than the page's, or a cookie naming another language). The browser language is
// matched by its first tag, where next-intl weighs every tag: "fr, zh" on a /zh page runs the
// proxy, which then (rightly) sets nothing. English is the default: no browser language means en. Next reads this object at build time, so it must be
// literal: the locales are spelt out, and tests/int/proxy-matcher.int.spec.ts checks them against
// src/i18n/locales.ts. Outside the matcher stay Payload's admin and API, Next's own files,
// /next/ (preview), /r/ (short links) and anything with a file extension.
export const config = {
  matcher: [
    { source: '/((?!(?:en|zh|ru|ar)(?:/|$)|admin|api|next|r/|_next|_vercel|.*\\..*).*)' },
    { source: '/((?!admin|api|next|r/|_next|_vercel|.*\\..*).*)', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/((?!admin|api|next|r/|_next|_vercel|.*\\..*).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!admin|api|next|r/|_next|_vercel|.*\\..*).*)', has: [{ type: 'query', key: 'ref' }] },
    { source: '/en/:path*', has: [{ type: 'header', key: 'accept-language' }], missing: [{ type: 'cookie', key: 'NEXT_LOCALE' }, { type: 'header', key: 'accept-language', value: 'en(?:[-_,;].*)?' }] },
    { source: '/zh/:path*', missing: [{ type: 'cookie', key: 'NEXT_LOCALE' }, { type: 'header', key: 'accept-language', value: 'zh(?:[-_,;].*)?' }] },
    { source: '/ru/:path*', missing: [{ type: 'cookie', key: 'NEXT_LOCALE' }, { type: 'header', key: 'accept-language', value: 'ru(?:[-_,;].*)?' }] },
    { source: '/ar/:path*', missing: [{ type: 'cookie', key: 'NEXT_LOCALE' }, { type: 'header', key: 'accept-language', value: 'ar(?:[-_,;].*)?' }] },
    { source: '/en/:path*', has: [{ type: 'cookie', key: 'NEXT_LOCALE' }], missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'en' }] },
    { source: '/zh/:path*', has: [{ type: 'cookie', key: 'NEXT_LOCALE' }], missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'zh' }] },
    { source: '/ru/:path*', has: [{ type: 'cookie', key: 'NEXT_LOCALE' }], missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'ru' }] },
    { source: '/ar/:path*', has: [{ type: 'cookie', key: 'NEXT_LOCALE' }], missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'ar' }] },
  ],
}
