import { execFile } from 'node:child_process'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const dir = path.resolve('src/migrations/sqlite')

/**
 * Production SQLite applies the committed migrations (development pushes the schema directly), so
 * a collection change without a migration would pass in development and break `next start`.
 */
describe('SQLite migrations', () => {
  it('match the collections in the config', async () => {
    const before = new Set(await readdir(dir))
    await run('node_modules/.bin/payload', ['migrate:create', 'schema-check', '--skip-empty'], {
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
      timeout: 120_000,
    })
    const added = (await readdir(dir)).filter((file) => !before.has(file))
    // Leave the tree as it was; the message says what to do.
    await Promise.all(added.filter((file) => file !== 'index.ts').map((file) => rm(path.join(dir, file))))
    if (added.length) await run('git', ['checkout', '--', path.join(dir, 'index.ts')]).catch(() => undefined)
    expect(added, 'The schema changed without a migration: run `npm run migrate:create -- <name>` and commit it').toEqual([])
  })
})
