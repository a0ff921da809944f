import { createHmac } from 'node:crypto'

import { resolvePayloadSecret } from '@/lib/secret'

// A key of its own, derived from PAYLOAD_SECRET: the same secret never signs two kinds of thing.
const key = createHmac('sha256', resolvePayloadSecret()).update('short-link visitors v1').digest()

/**
 * Who opened a short link, for counting only: a keyed hash of the link, the client address, the
 * browser's User-Agent and the UTC day. The same visitor on the same link and day gets the same
 * value (counted once, cookie or not); nothing personal is stored, and without the secret the
 * value cannot be tied back to an address. A new day gives a new value, so visitors are not
 * followed from one day to the next either.
 */
export const visitorKey = (linkId: number | string, client: string, userAgent: string, at = new Date()): string =>
  createHmac('sha256', key).update(`${linkId}\n${client}\n${userAgent}\n${at.toISOString().slice(0, 10)}`).digest('base64url')
