import type { Payload } from 'payload'

import { normaliseReferralCode } from '@/lib/referral'

/** The referring agent a code names (the cc_ref cookie), if it belongs to an agent: used by the inquiry form and the chat buttons. */
export const resolveAgent = async (payload: Payload, cookie: unknown): Promise<{ id: number; code: string } | undefined> => {
  const code = normaliseReferralCode(cookie)
  if (!code) return undefined
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ referralCode: { equals: code } }, { roles: { contains: 'agent' } }] },
    limit: 1,
    depth: 0,
    select: {},
  })
  return docs[0] ? { id: docs[0].id, code } : undefined
}
