import type { Payload } from 'payload'

import type { LinkVisit } from '@/payload-types'

type Visit = Pick<LinkVisit, 'link' | 'agent' | 'target' | 'locale' | 'visitor'>

// Visits that could not be written (database down), kept in this process and retried with a
// growing delay. Bounded, so an outage cannot fill memory; what overflows is logged, not dropped
// silently.
const MAX_PENDING = 5_000
const RETRY_MS = [5_000, 30_000, 2 * 60_000, 10 * 60_000]
type Pending = { visit: Visit; attempt: number }
const store = globalThis as typeof globalThis & { pendingVisits?: Pending[]; visitRetry?: NodeJS.Timeout }
const pending = (store.pendingVisits ??= [])

const idOf = (value: Visit['link'] | Visit['agent']) => (typeof value === 'object' ? value.id : value)

/** Writes the visit unless the same visitor already opened the same link today. */
const write = async (payload: Payload, visit: Visit): Promise<void> => {
  const { totalDocs } = await payload.count({
    collection: 'link-visits',
    where: { and: [{ link: { equals: idOf(visit.link) } }, { visitor: { equals: visit.visitor } }] },
  })
  if (totalDocs === 0) await payload.create({ collection: 'link-visits', data: visit })
}

const schedule = (payload: Payload, delay: number) => {
  if (store.visitRetry) return
  store.visitRetry = setTimeout(() => {
    store.visitRetry = undefined
    void retry(payload)
  }, delay)
  store.visitRetry.unref()
}

const retry = async (payload: Payload) => {
  const batch = pending.splice(0, pending.length)
  for (const entry of batch) {
    try {
      await write(payload, entry.visit)
    } catch (error) {
      entry.attempt += 1
      if (entry.attempt >= RETRY_MS.length) {
        payload.logger.error({ err: error, visit: entry.visit }, '[short link] visit lost after retries: the database stayed unreachable')
      } else pending.push(entry)
    }
  }
  if (batch.length) payload.logger.info(`[short link] retried ${batch.length} visit(s); ${pending.length} still waiting`)
  if (pending.length) schedule(payload, RETRY_MS[Math.min(...pending.map((entry) => entry.attempt))]!)
}

/**
 * Counts a visit through an agent's short link, once per visitor, link and day (visitorKey). Never
 * throws: the visitor is redirected whatever happens here. A failed write is logged and retried.
 */
export const countVisit = async (payload: Payload, visit: Visit): Promise<void> => {
  try {
    await write(payload, visit)
  } catch (error) {
    if (pending.length >= MAX_PENDING) {
      payload.logger.error({ err: error, visit }, '[short link] visit lost: the retry queue is full')
      return
    }
    payload.logger.error({ err: error }, '[short link] could not count a visit; retrying in the background')
    pending.push({ visit, attempt: 0 })
    schedule(payload, RETRY_MS[0]!)
  }
}

/** For tests and shutdown: retry what is waiting now. */
export const retryPendingVisits = (payload: Payload): Promise<void> => {
  if (store.visitRetry) clearTimeout(store.visitRetry), (store.visitRetry = undefined)
  return retry(payload)
}
export const pendingVisitCount = (): number => pending.length
