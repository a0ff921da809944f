import type { Payload } from 'payload'

/**
 * Payload marks a job "processing" while it runs and only ever picks up jobs that are not: a
 * server killed mid-send would leave its jobs marked for good, and their mail never sent. This
 * hands such jobs back to the queue. `before` is the moment after which a mark may still be live:
 * the server's own start time (it is the only runner when autorun is on), or now minus the lease
 * for any process (no task runs longer than the mail timeouts, far below the lease).
 */
export const releaseInterruptedJobs = async (payload: Payload, before: Date): Promise<number> => {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [{ processing: { equals: true } }, { completedAt: { exists: false } }, { updatedAt: { less_than: before.toISOString() } }],
    },
    data: { processing: false },
    depth: 0,
    select: {},
  })
  if (docs.length) payload.logger.warn(`[jobs] ${docs.length} job(s) interrupted by a stopped process are queued again`)
  return docs.length
}

/** A job marked "processing" for longer than this was left by a process that died (JOBS_LEASE_SECONDS). */
export const jobLeaseMs = (): number => (Number(process.env.JOBS_LEASE_SECONDS) || 600) * 1000
