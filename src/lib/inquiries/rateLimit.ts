import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

// Form posts allowed per client and window. Generous for a family sending a few inquiries (or
// fixing mistakes), tight enough that a script cannot fill the coordinators' queue or the disk.
const points = Number(process.env.INQUIRY_RATE_LIMIT) || 5
const duration = Number(process.env.INQUIRY_RATE_WINDOW_SECONDS) || 15 * 60

// One limiter per server process (kept on globalThis so a module reload in development keeps the
// counts). Several instances behind a load balancer would need RateLimiterRedis or similar.
const globalStore = globalThis as typeof globalThis & { inquiryLimiter?: RateLimiterMemory }
const limiter = (globalStore.inquiryLimiter ??= new RateLimiterMemory({ keyPrefix: 'inquiry', points, duration }))

/** Counts one form post from this client; says how long to wait when there were too many. */
export const consumeInquiryPoint = async (client: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> => {
  try {
    await limiter.consume(client)
    return { ok: true }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    throw rejection
  }
}
