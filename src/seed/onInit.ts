import type { Payload } from 'payload'

/**
 * First start against an empty database: load the demo content, so `npm run dev` on a fresh clone
 * shows a working portal. Skipped with SEED_ON_START=false, in tests (they seed what they need)
 * and during `next build`, whose parallel workers would race each other (run `npm run seed` first).
 */
export const seedOnFirstStart = async (payload: Payload): Promise<void> => {
  if (process.env.SEED_ON_START === 'false' || process.env.NODE_ENV === 'test') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { totalDocs } = await payload.count({ collection: 'hospitals' })
  if (totalDocs > 0) return
  payload.logger.info('[seed] Empty database: loading the demo content (this takes a few seconds).')
  const { seed } = await import('@/seed')
  await seed(payload)
}
