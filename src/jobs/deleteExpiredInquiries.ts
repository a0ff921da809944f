import type { TaskConfig } from 'payload'

import { deleteExpiredInquiries } from '@/lib/inquiries/retention'

/** The queue the retention task runs in; the jobs autorun (src/jobs/index.ts) runs every queue. */
export const RETENTION_QUEUE = 'retention'

/**
 * Inquiries and their medical records, files included, are deleted once they are older than the
 * retention period in the site settings (24 months by default; the privacy notice says so).
 * Scheduled daily at 03:30 server time; a failed run is retried, and the next day's run catches
 * anything left over.
 */
export const deleteExpiredInquiriesTask: TaskConfig<'deleteExpiredInquiries'> = {
  slug: 'deleteExpiredInquiries',
  label: 'Delete inquiries past their retention period',
  retries: 2,
  schedule: [{ cron: '0 30 3 * * *', queue: RETENTION_QUEUE }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await deleteExpiredInquiries(req.payload) } }),
}
