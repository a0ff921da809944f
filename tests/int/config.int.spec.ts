import { afterEach, describe, expect, it, vi } from 'vitest'

import { databaseKind } from '@/lib/database'
import { DEV_SECRET, resolvePayloadSecret } from '@/lib/secret'

/** Evaluates payload.config.ts afresh, as a production server does at start-up, with the given env. */
const loadConfig = async (env: Record<string, string | undefined>) => {
  vi.resetModules()
  vi.stubEnv('NODE_ENV', 'production')
  vi.stubEnv('NEXT_PHASE', undefined)
  vi.stubEnv('PAYLOAD_SECRET', undefined)
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value)
  try {
    const config = await (await import('@payload-config')).default
    return { ok: config.collections.length > 0, error: '' }
  } catch (error) {
    return { ok: false, error: (error as Error).message }
  }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('PAYLOAD_SECRET in production', () => {
  it.each([
    ['missing', undefined, /not set/],
    ['short', 'too-short-secret', /too short/],
    ['an example value', 'replace-with-a-long-random-string-of-at-least-32-chars', /example value/],
    ['the development secret', 'development-secret-do-not-use-in-production-000000', /example value/],
    ['one character repeated', 'a'.repeat(64), /too little variety/],
    ['a word repeated', 'password'.repeat(6), /too little variety/],
    ['a few characters only', 'abcabcabcd'.repeat(4) + 'dcba', /too little variety/],
  ])('refuses to start when it is %s', async (_label, secret, message) => {
    const { ok, error } = await loadConfig({ PAYLOAD_SECRET: secret })
    expect(ok).toBe(false)
    expect(error).toMatch(message)
  })

  it('starts with a long random secret', async () => {
    const { ok, error } = await loadConfig({ PAYLOAD_SECRET: 'f3a9c1e27b4d8a6059e1c2b3d4a5f60718293a4b5c6d7e8f' })
    expect(error).toBe('')
    expect(ok).toBe(true)
  })

  it('lets `next build` through (it serves nobody) and development use a fixed secret', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBe(DEV_SECRET)
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toBe(DEV_SECRET)
    expect(resolvePayloadSecret({ NODE_ENV: 'development', PAYLOAD_SECRET: 'mine' })).toBe('mine')
  })
})

describe('database selection', () => {
  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs, SQLite otherwise', () => {
    expect(databaseKind('mongodb://mongo:27017/portal?replicaSet=rs0')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.net/portal')).toBe('mongodb')
    expect(databaseKind('file:./data/portal.db')).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
  })

  it('reads DATABASE_URI when no URI is passed (the MongoDB run sets one)', () => {
    vi.stubEnv('DATABASE_URI', undefined)
    expect(databaseKind()).toBe('sqlite')
    vi.stubEnv('DATABASE_URI', 'mongodb://127.0.0.1:27017/portal')
    expect(databaseKind()).toBe('mongodb')
  })
})
