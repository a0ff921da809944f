import type { CollectionAfterErrorHook, CollectionAfterLoginHook } from 'payload'

import { clearLoginFailures, countLoginFailure } from '@/lib/auth/loginThrottle'
import { clientIp } from '@/lib/clientIp'

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email : ''
}

/** A wrong e-mail or password through REST counts against the address, and the account from it. */
export const countLoginFailures: CollectionAfterErrorHook = async ({ error, req }) => {
  if (error.name !== 'AuthenticationError' || !req.pathname?.endsWith('/login')) return
  await countLoginFailure(clientIp(req.headers), emailOf(req.data))
}

/** The right password from this address clears that account's failures for it. */
export const clearLoginFailuresOnSuccess: CollectionAfterLoginHook = async ({ req, user }) => {
  await clearLoginFailures(clientIp(req.headers), emailOf(req.data) || String(user.email ?? ''))
  return user
}
