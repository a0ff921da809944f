import type { Payload, TaskConfig } from 'payload'

import { backfillTranslationState } from '@/lib/translationState/backfill'

const TASK = 'backfillTranslationState'

/** Its own queue, so it never holds up e-mails; the autorun and the worker run every queue. */
export const MAINTENANCE_QUEUE = 'maintenance'

/**
 * Documents and globals saved before the translation state existed get the state their next save
 * would compute (src/lib/translationState/backfill.ts). Queued at every start (src/lib/onInit.ts);
 * on a database where all have one it reads and writes nothing else, so a retry or a second run is
 * harmless. Three attempts, a minute apart and doubling: a locked or restarting database passes.
 */
export const backfillTranslationStateTask: TaskConfig<'backfillTranslationState'> = {
  slug: TASK,
  label: 'Fill in missing translation states',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  outputSchema: [{ name: 'filled', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { filled: await backfillTranslationState(req.payload, req) } }),
}

/** Queues the backfill unless one is already waiting or running (several processes start at once). */
export const queueTranslationBackfill = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: TASK } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
  })
  if (totalDocs === 0) await payload.jobs.queue({ task: TASK, input: {}, queue: MAINTENANCE_QUEUE })
}
