import { existsSync } from 'node:fs'

import { schemaOriginProblem, sqliteSchemaOrigin } from '@/lib/database/schemaOrigin'

/**
 * Why this process must not open the SQLite file, or undefined: its schema came from the other mode
 * (see schemaOrigin.ts), or it is gone while its write-ahead log is still there (someone moved the
 * database; creating an empty one in its place would hide, then destroy, the real one).
 */
export const sqliteStartupProblem = async (file: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> => {
  if (!existsSync(file) && (existsSync(`${file}-wal`) || existsSync(`${file}-shm`))) {
    return `The database ${file} is missing but its write-ahead log is still there: it was moved or deleted. Put it back (or restore a backup: npm run restore); the server will not create an empty one in its place.`
  }
  return schemaOriginProblem(file, await sqliteSchemaOrigin(file), {
    production: env.NODE_ENV === 'production',
    migrating: env.PAYLOAD_MIGRATING === 'true',
    interactive: Boolean(process.stdin.isTTY),
  })
}
