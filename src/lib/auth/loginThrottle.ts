import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Sign-in and password-reset limits, counted in this process per client address (clientIp) and
 * per account *and* address. Payload's own account lock (N failures lock the account for
 * everyone) is off: anyone who knows an e-mail address could keep its owner locked out. Here a
 * guesser is stopped by their address, and an account is locked only for the address that
 * failed on it; its owner, elsewhere, signs in as usual. Unknown and known accounts count alike,
 * so the answers say nothing about which addresses have accounts.
 */
const env = (name: string, fallback: number) => Number(process.env[name]) || fallback
const WINDOW = env('LOGIN_WINDOW_SECONDS', 15 * 60)

type Limiters = { client: RateLimiterMemory; account: RateLimiterMemory; reset: RateLimiterMemory }
const store = globalThis as typeof globalThis & { loginLimiters?: Limiters }
const limiters = (store.loginLimiters ??= {
  // Failed sign-ins from one address, whatever the accounts tried.
  client: new RateLimiterMemory({ keyPrefix: 'login-client', points: env('LOGIN_FAILURES_PER_CLIENT', 20), duration: WINDOW }),
  // Failed sign-ins on one account from one address: the account is locked for that address only.
  account: new RateLimiterMemory({ keyPrefix: 'login-account', points: env('LOGIN_FAILURES_PER_ACCOUNT', 5), duration: WINDOW }),
  // Reset mails asked for by one address (each one mails a stranger's inbox if abused).
  reset: new RateLimiterMemory({ keyPrefix: 'reset-client', points: env('RESET_REQUESTS_PER_CLIENT', 5), duration: WINDOW }),
})

const accountKey = (client: string, email: string) => `${client}|${email.trim().toLowerCase()}`

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number }

const blocked = async (limiter: RateLimiterMemory, key: string): Promise<Verdict> => {
  const state = await limiter.get(key)
  if (state && state.consumedPoints >= limiter.points) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) }
  return { ok: true }
}

/** Before the password is even looked at: is this address, or this address on this account, stopped? */
export const mayTryLogin = async (client: string, email: string): Promise<Verdict> => {
  const byClient = await blocked(limiters.client, client)
  return byClient.ok ? blocked(limiters.account, accountKey(client, email)) : byClient
}

export const countLoginFailure = async (client: string, email: string): Promise<void> => {
  await Promise.all([limiters.client.penalty(client), limiters.account.penalty(accountKey(client, email))])
}

/** A right password clears that account's failures for that address (not the address's total). */
export const clearLoginFailures = async (client: string, email: string): Promise<void> => {
  await limiters.account.delete(accountKey(client, email))
}

/** Counts one reset request from this address; refuses past the limit. */
export const mayRequestReset = async (client: string): Promise<Verdict> => {
  try {
    await limiters.reset.consume(client)
    return { ok: true }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    throw rejection
  }
}
