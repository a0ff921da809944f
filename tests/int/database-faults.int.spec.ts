import { existsSync, renameSync } from 'node:fs'

import { createClient } from '@libsql/client'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseKind, sqliteFile } from '@/lib/database'
import { isDatabaseUnavailable } from '@/lib/database/unavailable'
import { submitInquiry } from '@/lib/inquiries/submit'
import { checkHealth } from '@/lib/startup/health'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

// These faults are SQLite's own (a file renamed away, a lock held by another process).
const sqlite = databaseKind() === 'sqlite'
if (!sqlite) console.info('[database-faults] skipped: DATABASE_URI is MongoDB; these tests move and lock a SQLite file')

let payload: Payload
let config: SanitizedConfig
let rest: { url: string; close: () => Promise<void> }
const USER = { email: 'coordinator@faults.example', password: 'a-long-test-password-123' }

const login = (acceptLanguage = 'en') =>
  fetch(`${rest.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': acceptLanguage },
    body: JSON.stringify(USER),
  })
const inquiry = (message: string) =>
  submitInquiry(payload, {
    values: { name: 'Dana Test', email: 'dana@patient.test', country: 'KZ', preferredLanguage: 'ru', diagnosis: 'AML', message, consent: 'yes', transferConsent: 'yes' },
    files: [],
    locale: 'ru',
  })
const counts = async () => ({
  inquiries: (await payload.count({ collection: 'inquiries' })).totalDocs,
  records: (await payload.count({ collection: 'medical-records' })).totalDocs,
})

beforeAll(async () => {
  if (!sqlite) return
  // A lock makes the writer wait this long before it gives up (10 s in production).
  process.env.SQLITE_BUSY_TIMEOUT_MS = '300'
  ;({ payload, config } = await bootPayload())
  await payload.create({ collection: 'users', data: { ...USER, roles: ['coordinator'] } })
  rest = await startRestServer(config)
})

afterAll(async () => {
  await rest?.close()
  await payload?.destroy()
})

describe.runIf(sqlite)('the SQLite file renamed away while the server runs', () => {
  it('is never replaced by an empty database: writes fail, health says 503, and all resumes when the file is back', async () => {
    const file = sqliteFile()
    expect((await checkHealth(async () => payload)).ok).toBe(true)
    expect((await inquiry('before the move')).status).toBe('sent')
    renameSync(file, `${file}.moved`)
    try {
      expect(await inquiry('while the file is gone')).toEqual({ status: 'unavailable' })
      expect((await checkHealth(async () => payload)).ok).toBe(false)
      // Before the fix, libsql's next connection created an empty database right here.
      expect(existsSync(file)).toBe(false)
    } finally {
      renameSync(`${file}.moved`, file)
    }
    expect((await checkHealth(async () => payload)).ok).toBe(true)
    expect((await inquiry('after it came back')).status).toBe('sent')
    const { docs } = await payload.find({ collection: 'inquiries', depth: 0, limit: 10, sort: 'createdAt' })
    expect(docs.map((doc) => doc.message)).toEqual(['before the move', 'after it came back'])
  })
})

describe.runIf(sqlite)('the database locked by another process', () => {
  it('login answers a translated 503, the form "unavailable" with nothing stored, and both work again once the lock is gone', async () => {
    const before = await counts()
    const other = createClient({ url: `file:${sqliteFile()}` })
    await other.execute('PRAGMA busy_timeout = 0')
    await other.execute('BEGIN EXCLUSIVE')
    try {
      const locked = await login('ru')
      expect(locked.status).toBe(503)
      const body = (await locked.json()) as { errors: { message: string }[] }
      expect(body.errors[0]!.message).toMatch(/База данных сейчас не отвечает/)
      expect(await inquiry('while locked')).toEqual({ status: 'unavailable' })
    } finally {
      await other.execute('ROLLBACK')
      other.close()
    }
    expect(await counts()).toEqual(before)
    expect((await login()).status).toBe(200)
    expect((await inquiry('after the lock')).status).toBe('sent')
  })
})

describe('what counts as "the database is unavailable" (503, not 500)', () => {
  const named = (name: string, message = 'x') => Object.assign(new Error(message), { name })
  it('a busy or locked SQLite file, a moved file, an unreachable MongoDB, also when wrapped', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('locked'), { code: 'SQLITE_BUSY' }))).toBe(true)
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: Object.assign(new Error('x'), { code: 'SQLITE_LOCKED' }) }))).toBe(true)
    expect(isDatabaseUnavailable(named('MongoServerSelectionError', 'connect ECONNREFUSED 127.0.0.1:27017'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: named('MongoNetworkError') }))).toBe(true)
  })
  it('not a visitor\'s own mistake or a bug', () => {
    expect(isDatabaseUnavailable(named('ValidationError', 'The following field is invalid: email'))).toBe(false)
    expect(isDatabaseUnavailable(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT' }))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
  })
})
