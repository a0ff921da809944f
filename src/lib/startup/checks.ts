import { assertSupportedUri, databaseKind, type Env, sqliteFile } from '@/lib/database/kind'
import { mongoStartupProblem } from '@/lib/database/mongo'
import { sqliteStartupProblem } from '@/lib/database/sqliteStartup'
import { resolvePayloadSecret } from '@/lib/secret'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Why a production server must not start, or undefined. Payload loads lazily, on the first request
 * that needs it: without this check `next start` says "Ready" and serves pages, then answers 500
 * (bad secret, unreachable MongoDB) or hangs (a migration prompt) on everything under /api and
 * /admin. Checked: PAYLOAD_SECRET, DATABASE_URI's form, and that the database answers and suits
 * production (SQLite: not a development file; MongoDB: reachable, with transactions).
 */
export const startupProblem = async (env: Env = process.env): Promise<string | undefined> => {
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') return undefined
  try {
    resolvePayloadSecret(env)
    assertSupportedUri(env.DATABASE_URI)
  } catch (error) {
    return messageOf(error)
  }
  try {
    if (databaseKind(env.DATABASE_URI) === 'mongodb') return await mongoStartupProblem(env.DATABASE_URI!, env)
    return await sqliteStartupProblem(sqliteFile(env.DATABASE_URI), env)
  } catch (error) {
    return `The database could not be checked: ${messageOf(error)}`
  }
}
