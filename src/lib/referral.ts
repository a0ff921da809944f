import { SAME_SITE, secureCookies } from '@/lib/cookiePolicy'

/**
 * The referral contract shared by the proxy (`?ref=CODE` on any public URL), agents' short links
 * (/r/...) and the inquiry form: which agent sent this visitor, remembered for 30 days in a
 * first-party cookie. The inquiry records the agent whose code the cookie holds, if that agent exists.
 */
export const REFERRAL_COOKIE = 'cc_ref'
export const REFERRAL_MAX_AGE_SECONDS = 30 * 24 * 60 * 60
export const REFERRAL_QUERY_PARAM = 'ref'

// Codes come from assignReferralCode: 6–16 letters and digits, no look-alikes. Anything else in the
// cookie or the query string is ignored rather than stored.
const REFERRAL_CODE_PATTERN = /^[A-Z2-9]{6,16}$/

/** The code, upper-cased, if it looks like one of ours; otherwise undefined. */
export const normaliseReferralCode = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const code = value.trim().toUpperCase()
  return REFERRAL_CODE_PATTERN.test(code) ? code : undefined
}

export const referralCookieOptions = {
  maxAge: REFERRAL_MAX_AGE_SECONDS,
  path: '/',
  sameSite: SAME_SITE,
  httpOnly: true,
  secure: secureCookies,
}
