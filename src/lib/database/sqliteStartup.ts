import { existsSync } from 'node:fs'

import type { Env } from '@/lib/database/kind'
import { schemaOriginProblem, sqliteSchemaOrigin } from '@/lib/database/schemaOrigin'

/**
 * Why this process must not open the SQLite file, or undefined: its schema came from the other mode
 * (see schemaOrigin.ts), or it is gone while its write-ahead log is still there (someone moved the
 * database; creating an empty one in its place would hide, then destroy, the real one).
 */
export const sqliteStartupProblem = async (file: string, env: Env = process.env): Promise<string | undefined> => {
  if (!existsSync(file) && (existsSync(`${file}-wal`) || existsSync(`${file}-shm`))) {
    return `The database ${file} is missing but its write-ahead log is still there: it was moved or deleted. Put it back (or restore a backup: npm run restore); the server will not create an empty one in its place.`
  }
  return schemaOriginProblem(file, await sqliteSchemaOrigin(file), {
    production: env.NODE_ENV === 'production',
    // Payload pushes in any mode but production, except under its migration CLI.
    pushes: env.NODE_ENV !== 'production' && env.PAYLOAD_MIGRATING !== 'true',
    // `payload migrate` itself is the one CLI command that asks; the others (status, create) never do.
    migrateCommand: env.PAYLOAD_MIGRATING === 'true' && process.argv.includes('migrate'),
    interactive: Boolean(process.stdin.isTTY),
  })
}
