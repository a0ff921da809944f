import { createHash } from 'node:crypto'

import type { InquiryFields } from '@/lib/inquiries/schema'
import type { CheckedRecord } from '@/lib/inquiries/records'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/**
 * One inquiry per form view. With JavaScript, the form carries a random key made when the page
 * opened, so a double click or a retry after a timeout finds the first inquiry. Without
 * JavaScript the page is static and cannot carry a per-view key, so the key is a fingerprint of
 * what was sent and the day: the same form sent twice that day is the same inquiry.
 */
export const submissionKey = (clientKey: unknown, data: InquiryFields, records: CheckedRecord[], now = new Date()): string => {
  if (typeof clientKey === 'string' && UUID.test(clientKey)) return `form:${clientKey.toLowerCase()}`
  const hash = createHash('sha256').update(now.toISOString().slice(0, 10))
  hash.update(JSON.stringify(Object.entries(data).sort(([a], [b]) => a.localeCompare(b))))
  for (const record of records) hash.update(createHash('sha256').update(record.bytes).digest())
  return `fingerprint:${hash.digest('hex')}`
}
