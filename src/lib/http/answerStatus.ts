import type { AsyncLocalStorage } from 'node:async_hooks'

type Scope = { status?: number }

/**
 * Gives the answer to a form posted without JavaScript this HTTP status instead of Next's 200
 * (see src/server/answerStatus.mjs), so that a browser, a proxy or a monitor sees a 503 for
 * "the database is down" and not a success. Does nothing under `next dev`, or when our script
 * posted the form (its answer must stay 200).
 */
export const answerWithStatus = (status: number): void => {
  const storage = (globalThis as Record<symbol, AsyncLocalStorage<Scope> | undefined>)[Symbol.for('portal.answerStatus')]
  const scope = storage?.getStore()
  if (scope) scope.status = status
}
