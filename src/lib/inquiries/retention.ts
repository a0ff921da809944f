import type { Payload } from 'payload'

import { DEFAULT_RETENTION_MONTHS } from '@/globals/SiteSettings/retention'

const BATCH = 50

/** The moment before which an inquiry has been kept long enough: `months` calendar months before `now`. */
export const retentionCutoff = (now: Date, months: number): Date => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/**
 * Deletes every inquiry sent before the retention period (site settings → retentionMonths, the
 * number the privacy notice states) with its medical records. Records go first, through Payload,
 * so their files leave the disk with their rows; a failure half-way leaves an inquiry that the next
 * run deletes. Returns how many inquiries were deleted.
 */
export const deleteExpiredInquiries = async (payload: Payload, now = new Date()): Promise<number> => {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const months = settings.retentionMonths ?? DEFAULT_RETENTION_MONTHS
  const before = retentionCutoff(now, months).toISOString()
  let deleted = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'inquiries',
      where: { createdAt: { less_than: before } },
      limit: BATCH,
      depth: 0,
      select: { records: true },
      sort: 'createdAt',
      pagination: false,
    })
    if (!docs.length) break
    for (const inquiry of docs) {
      const records = (inquiry.records ?? []).map((record) => (typeof record === 'object' ? record.id : record))
      if (records.length) await payload.delete({ collection: 'medical-records', where: { id: { in: records } } })
      await payload.delete({ collection: 'inquiries', id: inquiry.id })
      deleted += 1
    }
    if (docs.length < BATCH) break
  }
  if (deleted) payload.logger.info(`[retention] deleted ${deleted} inquiries sent before ${before} (${months} months)`)
  return deleted
}
