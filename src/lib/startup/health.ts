import type { Payload } from 'payload'

/** Longer than a healthy database ever takes, shorter than a container health check's timeout. */
const HEALTH_TIMEOUT_MS = 3_000

export type Health = { ok: boolean }

/**
 * Whether the database answers: one small read through Payload's own adapter (so a SQLite file that
 * was moved away fails here too, see fileGuard.ts). The answer says only up or down; what went wrong
 * goes to the log, not to whoever asks.
 */
export const checkHealth = async (getPayload: () => Promise<Payload>): Promise<Health> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS)
  })
  let payload: Payload | undefined
  try {
    await Promise.race([
      (async () => {
        payload = await getPayload()
        await payload.find({ collection: 'payload-migrations', limit: 1, depth: 0, pagination: false })
      })(),
      timeout,
    ])
    return { ok: true }
  } catch (error) {
    const message = `[health] the database does not answer: ${error instanceof Error ? error.message : String(error)}`
    if (payload) payload.logger.error(message)
    else console.error(message)
    return { ok: false }
  } finally {
    clearTimeout(timer)
  }
}
