import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

import { resolvePayloadSecret } from '@/lib/secret'
import type { ChatTap } from '@/payload-types'

// A key of its own, derived from PAYLOAD_SECRET (as for short-link visitors).
const key = createHmac('sha256', resolvePayloadSecret()).update('chat taps v1').digest()

/** Same idea as short-link visitors (src/lib/shortLinks/visitorKey.ts): one value per visitor, app, page and day, nothing personal kept. */
export const tapVisitorKey = (tap: Pick<ChatTap, 'app' | 'page' | 'locale'>, client: string, userAgent: string, at = new Date()): string =>
  createHmac('sha256', key).update(`${tap.app}\n${tap.page}\n${tap.locale}\n${client}\n${userAgent}\n${at.toISOString().slice(0, 10)}`).digest('base64url')

type Tap = Pick<ChatTap, 'app' | 'page' | 'locale' | 'agent' | 'visitor'>

/**
 * Counts a tap on a chat button once per visitor, app, page and day. Never throws: the patient is
 * sent on to the chat whatever happens here (a tap lost to a database outage is logged).
 */
export const countTap = async (payload: Payload, tap: Tap): Promise<void> => {
  try {
    const { totalDocs } = await payload.count({ collection: 'chat-taps', where: { visitor: { equals: tap.visitor } } })
    if (totalDocs === 0) await payload.create({ collection: 'chat-taps', data: tap })
  } catch (error) {
    payload.logger.error({ err: error, tap: { ...tap, visitor: undefined } }, '[chat] could not count a tap')
  }
}
