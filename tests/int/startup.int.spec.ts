import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'
import { WebSocketServer } from 'ws'

import { NO_TRANSACTIONS_MESSAGE, transactionsProblem } from '@/lib/database/mongo'
import { sqliteStartupProblem } from '@/lib/database/sqliteStartup'
import { defaultSqliteFileFor } from '@/lib/paths'
import { startupProblem } from '@/lib/startup/checks'

const root = path.resolve(import.meta.dirname, '../..')
const scratch = () => mkdtempSync(path.join(tmpdir(), 'portal-startup-'))
const SECRET = 'f3a9c1e27b4d8a6059e1c2b3d4a5f60718293a4b5c6d7e8f'

/** Runs a command as an operator would from a script: no terminal, stdin closed, killed after `ms`. */
const run = (args: string[], env: Record<string, string | undefined>, ms: number) =>
  new Promise<{ status: number | null; output: string; timedOut: boolean }>((resolve) => {
    const child = spawn('node', args, { cwd: root, env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    let timedOut = false
    const timer = setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), ms)
    child.on('exit', (status) => (clearTimeout(timer), resolve({ status, output, timedOut })))
  })

/** A SQLite file with the payload_migrations rows a development push (-1) or a migration (1) leaves. */
const databaseWith = (batch: number) => {
  const file = path.join(scratch(), 'portal.db')
  const client = createClient({ url: `file:${file}` })
  return client
    .executeMultiple(`CREATE TABLE payload_migrations (name text, batch numeric); INSERT INTO payload_migrations VALUES ('x', ${batch});`)
    .then(() => (client.close(), file))
}

describe('development and production databases', () => {
  it('have separate default files', () => {
    expect(defaultSqliteFileFor('production')).not.toBe(defaultSqliteFileFor('development'))
    expect(defaultSqliteFileFor('test')).toBe(defaultSqliteFileFor('development'))
  })

  it('`npm run seed` exits on its own with a server listening on $PORT; without a terminal a data-losing push and a production seed on the development database fail at once instead of prompting', async () => {
    const dir = scratch()
    const env = { DATABASE_URI: `file:${path.join(dir, 'portal.db')}`, MEDIA_DIR: path.join(dir, 'media'), NODE_ENV: 'development', PAYLOAD_SECRET: SECRET }
    // Payload's development hot-reload socket connects to localhost:$PORT and, before the fix, kept the seed alive.
    const hmr = new WebSocketServer({ port: 0 })
    await new Promise((resolve) => hmr.once('listening', resolve))
    try {
      const seeded = await run(['scripts/seed.mjs'], { ...env, PORT: String((hmr.address() as AddressInfo).port) }, 240_000)
      expect(seeded.timedOut, seeded.output.slice(-2000)).toBe(false)
      expect(seeded.status, seeded.output.slice(-2000)).toBe(0)
    } finally {
      hmr.close()
    }
    // A table the config no longer has, with a row in it: the next push would drop data and Payload
    // would ask "Accept warnings and push schema to database?" on stdin. Without a terminal: a clear failure.
    const client = createClient({ url: env.DATABASE_URI })
    await client.executeMultiple("CREATE TABLE old_notes (id integer primary key, body text); INSERT INTO old_notes (body) VALUES ('kept');")
    client.close()
    const push = await run(['scripts/seed.mjs'], env, 120_000)
    expect(push.timedOut).toBe(false)
    expect(push.status).toBe(1)
    expect(push.output).toMatch(/schema push .* would need confirmation .*old_notes/)
    // Before the fix: Payload's "data loss will occur? (y/N)" prompt, waiting forever on a closed stdin.
    const production = await run(['scripts/seed.mjs'], { ...env, NODE_ENV: 'production' }, 120_000)
    expect(production.timedOut).toBe(false)
    expect(production.status).toBe(1)
    expect(production.output).toMatch(/set up by development mode/)
    expect(production.output).toMatch(/NODE_ENV=production npm run seed/)
  }, 400_000)

  it('development refuses a database that production migrations manage', async () => {
    const file = await databaseWith(1)
    expect(await sqliteStartupProblem(file, { NODE_ENV: 'development' })).toMatch(/managed by migrations/)
    expect(await sqliteStartupProblem(file, { NODE_ENV: 'production' })).toBeUndefined()
  })

  it('production will not create a database where one should be (its write-ahead log is still there)', async () => {
    const dir = scratch()
    writeFileSync(path.join(dir, 'portal.db-wal'), '')
    expect(await sqliteStartupProblem(path.join(dir, 'portal.db'), { NODE_ENV: 'production' })).toMatch(/missing but its write-ahead log/)
  })
})

describe('production start-up checks', () => {
  const production = (env: Record<string, string | undefined>) => startupProblem({ NODE_ENV: 'production', PAYLOAD_SECRET: SECRET, ...env })

  it('refuse a bad secret and a development database, accept a good setup', async () => {
    const fresh = `file:${path.join(scratch(), 'portal.db')}`
    expect(await production({ PAYLOAD_SECRET: undefined, DATABASE_URI: fresh })).toMatch(/PAYLOAD_SECRET is not set/)
    expect(await production({ PAYLOAD_SECRET: 'x'.repeat(40), DATABASE_URI: fresh })).toMatch(/too little variety/)
    expect(await production({ DATABASE_URI: `file:${await databaseWith(-1)}` })).toMatch(/set up by development mode/)
    expect(await production({ DATABASE_URI: 'postgres://db/portal' })).toMatch(/must start with mongodb/)
    expect(await production({ DATABASE_URI: fresh })).toBeUndefined()
  })

  it('refuse an unreachable MongoDB with a clear message within the timeout', async () => {
    const started = Date.now()
    const problem = await production({ DATABASE_URI: 'mongodb://user:hunter2@127.0.0.1:3159/portal', MONGODB_SERVER_SELECTION_TIMEOUT_MS: '800' })
    expect(problem).toMatch(/Cannot reach MongoDB at mongodb:\/\/\*\*\*@127\.0\.0\.1:3159\/portal within 800 ms/)
    expect(problem).not.toMatch(/hunter2/)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  // The `hello` answers MongoDB documents for each kind of server (the check itself needs a real
  // server; this machine has none, so the call to a real one is not run here).
  it('refuse a standalone MongoDB (no replica set, so no transactions), accept a replica set or mongos', () => {
    expect(transactionsProblem({ isWritablePrimary: true, maxWireVersion: 21 }, {})).toBe(NO_TRANSACTIONS_MESSAGE)
    expect(transactionsProblem({ isWritablePrimary: true, setName: 'rs0' }, {})).toBeUndefined()
    expect(transactionsProblem({ isWritablePrimary: true, msg: 'isdbgrid' }, {})).toBeUndefined()
    expect(transactionsProblem({ isWritablePrimary: true }, { MONGODB_ALLOW_NO_TRANSACTIONS: 'true' })).toBeUndefined()
    expect(NO_TRANSACTIONS_MESSAGE).toMatch(/replicaSet=rs0/)
  })
})
