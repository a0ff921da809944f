import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseKind } from '@/lib/database'
import { migrationsDir } from '@/lib/paths'
import { bootPayload } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}
type SqliteDb = { requireDrizzleKit: () => DrizzleKit; schema: unknown }

let payload: Payload

beforeAll(async () => {
  // The committed migrations are SQLite's, and so is the drizzle code below. In the MongoDB run this
  // file still checks them, on a SQLite file of its own (MongoDB itself needs no schema migrations).
  if (databaseKind() === 'mongodb') {
    console.info('[migrations] DATABASE_URI is MongoDB: checking the SQLite migrations on a SQLite file of this test instead')
    process.env.DATABASE_URI = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'portal-migrations-')), 'portal.db')}`
  }
  ;({ payload } = await bootPayload())
})

afterAll(async () => {
  await payload?.destroy()
})

/**
 * Production SQLite applies the committed migrations (development pushes the schema directly), so
 * a collection change without a migration would pass in development and break `next start`.
 * This compares the schema the config produces now with the last committed snapshot, the same
 * diff `payload migrate:create` makes, without writing anything.
 */
describe('SQLite migrations', () => {
  it('match the collections in the config', async () => {
    const dir = path.join(migrationsDir, 'sqlite')
    const latest = readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latest, 'no SQLite migration is committed').toBeDefined()
    const db = payload.db as unknown as SqliteDb
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const now = await generateDrizzleJson(db.schema)
    let committed = JSON.parse(readFileSync(path.join(dir, latest!), 'utf8')) as { version: string }
    if (upSnapshot && committed.version < now.version) committed = upSnapshot(committed) as { version: string }
    const pending = await generateMigration(committed, now)
    expect(pending, 'The schema changed without a migration: run `npm run migrate:create -- <name>` and commit it').toEqual([])
  })
})
