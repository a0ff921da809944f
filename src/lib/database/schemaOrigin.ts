import { existsSync } from 'node:fs'

import { createClient } from '@libsql/client'

/** How a SQLite file got its schema: nothing yet, pushed by development mode, or by migrations. */
export type SchemaOrigin = 'none' | 'pushed' | 'migrated'

/**
 * Reads payload_migrations without Payload: development's schema push leaves a row with batch -1,
 * each migration a row with its batch number. A missing file is reported as 'none' and is not
 * created (libsql would create it on open).
 */
export const sqliteSchemaOrigin = async (file: string): Promise<SchemaOrigin> => {
  if (!existsSync(file)) return 'none'
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('SELECT batch FROM payload_migrations')
    const batches = rows.map((row) => Number(row.batch))
    if (batches.includes(-1)) return 'pushed'
    return batches.some((batch) => batch > 0) ? 'migrated' : 'none'
  } catch (error) {
    if (/no such table/i.test(String(error))) return 'none'
    throw error
  } finally {
    client.close()
  }
}

/** production: applies migrations on connect; pushes: development's schema push; migrateCommand: `payload migrate`. */
type Mode = { production: boolean; pushes: boolean; migrateCommand: boolean; interactive: boolean }

/**
 * Why Payload must not connect to this file in this mode, or undefined. Payload itself would ask
 * "data loss will occur, proceed? (y/N)" on stdin: `next build` then waits forever and `next start`
 * hangs every /api and /admin request. The answer here says what to do instead.
 */
export const schemaOriginProblem = (file: string, origin: SchemaOrigin, mode: Mode): string | undefined => {
  if (origin === 'pushed' && (mode.production || (mode.migrateCommand && !mode.interactive))) {
    return (
      `The database ${file} was set up by development mode (its schema was pushed, not migrated), so production cannot apply migrations to it. ` +
      'Give production a database of its own (unset DATABASE_URI to use data/portal.db, or point it at a new file) and seed that one with `NODE_ENV=production npm run seed`; ' +
      'or run `npm run migrate` in a terminal to accept the data loss.'
    )
  }
  if (origin === 'migrated' && mode.pushes) {
    return (
      `The database ${file} is managed by migrations (production). Development would push its schema over it and production would then refuse it. ` +
      'Use a development database (unset DATABASE_URI to use data/portal-dev.db), or run this command with NODE_ENV=production.'
    )
  }
  return undefined
}
