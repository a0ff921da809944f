import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { translate } from '@/i18n/admin/translate'
import { hashLikeAPassword } from '@/lib/auth/equalTiming'
import { mayRequestReset, mayTryLogin, type Verdict } from '@/lib/auth/loginThrottle'
import { clientIp } from '@/lib/clientIp'

const refuse = (req: PayloadRequest, verdict: Verdict & { ok: false }, key: 'tooManyLogins' | 'tooManyResets') => {
  const minutes = Math.ceil(verdict.retryAfterSeconds / 60)
  return new APIError(translate(req, key, { minutes }), 429, { retryAfterSeconds: verdict.retryAfterSeconds }, true)
}

/**
 * Sign-in and password reset through the API, before Payload looks at the account: an address
 * that failed too often is stopped (429, in the caller's language), and an unknown account costs
 * the same password hashing as a known one, so neither the answer nor its time tells them apart.
 */
export const throttleAuth: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  // The Local API (seed, tests, our own code) has no client to throttle.
  if (req.payloadAPI === 'local') return args
  const client = clientIp(req.headers)
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = typeof data.email === 'string' ? data.email : ''

  if (operation === 'forgotPassword') {
    const verdict = await mayRequestReset(client)
    if (!verdict.ok) throw refuse(req, verdict, 'tooManyResets')
    return args
  }

  const verdict = await mayTryLogin(client, email)
  if (!verdict.ok) throw refuse(req, verdict, 'tooManyLogins')
  const { totalDocs } = await req.payload.count({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, req })
  if (totalDocs === 0) await hashLikeAPassword(typeof data.password === 'string' ? data.password : '')
  return args
}
