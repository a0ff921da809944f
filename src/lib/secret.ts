// Values people copy from examples and forget to change. A secret equal to one of these signs
// every session with a key the whole internet knows.
const EXAMPLE_SECRETS = new Set([
  'YOUR_SECRET_HERE',
  'change-me',
  'changeme',
  'secret',
  'development-secret-do-not-use-in-production-000000',
  'replace-with-a-long-random-string-of-at-least-32-chars',
])

export const DEV_SECRET = 'development-secret-do-not-use-in-production-000000'
export const MIN_SECRET_LENGTH = 32
/** `openssl rand -hex 32` uses all 16 hex digits; a secret of fewer distinct characters was typed, not generated. */
export const MIN_DISTINCT_CHARACTERS = 10

/** A secret that is one short piece said again and again ("aaaa…", "passwordpassword…") is guessable whatever its length. */
const repeatsOnePiece = (secret: string): boolean => /^(.{1,16}?)\1+$/s.test(secret)

type Env = Partial<Record<'NODE_ENV' | 'PAYLOAD_SECRET' | 'NEXT_PHASE', string>>

/**
 * PAYLOAD_SECRET signs logins and encrypts API keys. In production a missing, short, example or
 * monotonous secret stops the app (checked at process start too: src/lib/startup/checks.ts); in
 * development a fixed one keeps `npm run dev` a single command.
 * `next build` also runs with NODE_ENV=production but serves nobody, so it is let through.
 */
export const resolvePayloadSecret = (env: Env = process.env): string => {
  const secret = env.PAYLOAD_SECRET?.trim()
  const enforce = env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'
  if (!enforce) return secret || DEV_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set. Generate one with: openssl rand -hex 32')
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`PAYLOAD_SECRET is too short (${secret.length} characters; at least ${MIN_SECRET_LENGTH} are required).`)
  }
  if (EXAMPLE_SECRETS.has(secret)) throw new Error('PAYLOAD_SECRET is an example value. Generate one with: openssl rand -hex 32')
  if (repeatsOnePiece(secret) || new Set(secret).size < MIN_DISTINCT_CHARACTERS) {
    throw new Error('PAYLOAD_SECRET has too little variety (a repeated character or word). Generate one with: openssl rand -hex 32')
  }
  return secret
}
