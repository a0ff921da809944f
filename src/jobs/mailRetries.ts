import type { TaskConfig } from 'payload'

/**
 * How long an e-mail keeps trying while the mail server is down or refuses: ten more attempts,
 * waiting 30 s, 1, 2, 4 … 256 minutes in between (Payload doubles the delay each time), so about
 * eight and a half hours in all. After that the job keeps its error in the jobs collection
 * (System → Jobs in the admin) for an admin to see and re-queue.
 */
export const mailRetries: TaskConfig['retries'] = { attempts: 10, backoff: { type: 'exponential', delay: 15_000 } }
