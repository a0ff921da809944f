import type { Payload } from 'payload'

import { queueTranslationBackfill } from '@/jobs/backfillTranslationState'
import { jobLeaseMs, releaseInterruptedJobs } from '@/jobs/releaseInterrupted'
import { seedOnFirstStart } from '@/seed/onInit'

/**
 * Payload's onInit, in every process that boots Payload (the server, `payload jobs:run`, scripts):
 * the demo seed on a first start, then jobs left "processing" by a process that died longer
 * than a lease ago go back to the queue, so a killed worker's mail is still sent; and documents
 * saved before the translation state existed get theirs (a job, run by the autorun or the worker).
 * Tests queue what they need themselves, as they seed.
 */
export const onInit = async (payload: Payload): Promise<void> => {
  await seedOnFirstStart(payload)
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  await releaseInterruptedJobs(payload, new Date(Date.now() - jobLeaseMs()))
  if (process.env.NODE_ENV !== 'test') await queueTranslationBackfill(payload)
}
