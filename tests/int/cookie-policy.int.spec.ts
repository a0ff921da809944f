import { afterEach, describe, expect, it, vi } from 'vitest'

// The e2e server runs over plain http; this is where the https side of the cookie rule is checked:
// the language and referral cookies are Secure exactly when the site is served over https.
const loadWith = async (env: { NODE_ENV: string; PUBLIC_SERVER_URL: string }) => {
  vi.resetModules()
  vi.stubEnv('NODE_ENV', env.NODE_ENV)
  vi.stubEnv('PUBLIC_SERVER_URL', env.PUBLIC_SERVER_URL)
  const [{ routing }, { referralCookieOptions }] = await Promise.all([import('@/i18n/routing'), import('@/lib/referral')])
  return { locale: routing.localeCookie, referral: referralCookieOptions }
}

afterEach(() => vi.unstubAllEnvs())

describe('cookie flags', () => {
  it('are SameSite=Lax and Secure on an https site', async () => {
    const { locale, referral } = await loadWith({ NODE_ENV: 'production', PUBLIC_SERVER_URL: 'https://portal.example' })
    expect(locale).toMatchObject({ name: 'NEXT_LOCALE', sameSite: 'lax', secure: true })
    expect(referral).toMatchObject({ sameSite: 'lax', secure: true, httpOnly: true })
  })

  it('are not Secure over plain http, and the language cookie names no secure flag at all', async () => {
    const { locale, referral } = await loadWith({ NODE_ENV: 'production', PUBLIC_SERVER_URL: 'http://portal.example' })
    expect(locale).toMatchObject({ name: 'NEXT_LOCALE', sameSite: 'lax' })
    // next-intl writes any boolean key as a bare attribute in the browser: secure: false would be Secure.
    expect(locale).not.toHaveProperty('secure')
    expect(referral.secure).toBe(false)
  })
})
