/**
 * The flags every cookie the portal sets shares. `Secure` only where the site is served over
 * https (PUBLIC_SERVER_URL): a Secure cookie sent over plain http is dropped by browsers, which
 * would silently break language choice and referrals on an http deployment.
 */
export const secureCookies = process.env.NODE_ENV === 'production' && (process.env.PUBLIC_SERVER_URL ?? '').startsWith('https:')

/** Sent on top-level navigations from other sites (a shared link), never on their sub-requests. */
export const SAME_SITE = 'lax' as const
