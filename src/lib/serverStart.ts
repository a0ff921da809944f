import config from '@payload-config'
import { getPayload } from 'payload'

import { jobsAutorun } from '@/jobs'
import { releaseInterruptedJobs } from '@/jobs/releaseInterrupted'
import { sweepOrphanRecords } from '@/lib/records/sweepOrphans'

const RETRY_MS = 30_000

/**
 * Once per server process, before it answers requests (src/instrumentation.ts): boots Payload with
 * its job runner, so queued e-mails go out after a restart even if nobody visits the site, hands
 * back the jobs the previous process left half-run, and sweeps record files without a row.
 */
export const onServerStart = async (startedAt = new Date()): Promise<void> => {
  const autorun = jobsAutorun()
  let payload
  try {
    payload = await getPayload({ config, cron: autorun })
  } catch (error) {
    // The database may be down at start: pages still serve from cache; try again shortly, or
    // queued mail would wait for the first admin or API request to start the runner.
    console.error('[start] Payload could not start; trying again in 30 s', error)
    setTimeout(() => void onServerStart(startedAt), RETRY_MS).unref()
    return
  }
  // With autorun on, this process is the only runner: whatever was "processing" before it started
  // was cut off when the previous process died.
  try {
    if (autorun) await releaseInterruptedJobs(payload, startedAt)
    else payload.logger.info('[jobs] JOBS_AUTORUN=false: queued jobs wait for a worker (npm run jobs:worker)')
    await sweepOrphanRecords(payload)
  } catch (error) {
    payload.logger.error({ err: error }, '[start] start-up clean-up failed; it runs again on the next start')
  }
}
