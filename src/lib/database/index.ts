import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { guardFileIdentity } from '@/lib/database/fileGuard'
import { mongoServerSelectionTimeoutMS, NO_TRANSACTIONS_MESSAGE } from '@/lib/database/mongo'
import { assertSupportedUri, databaseKind, sqliteFile } from '@/lib/database/kind'
import { refusePushPromptWithoutTerminal } from '@/lib/database/pushPrompt'
import { sqliteStartupProblem } from '@/lib/database/sqliteStartup'
import { queueWriteTransactions } from '@/lib/database/writeQueue'
import { migrationsDir } from '@/lib/paths'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

export { databaseKind, sqliteFile, type DatabaseKind } from '@/lib/database/kind'

type Connectable = { connect?: (...args: never[]) => Promise<void> }
/** Runs `before` and `after` around an adapter's connect, keeping Payload's own. */
const aroundConnect = <T extends Connectable>(instance: T, before: () => Promise<void>, after: (self: T) => Promise<void> | void) => {
  const connect = instance.connect
  instance.connect = async function (this: T, ...rest: never[]) {
    await before()
    await connect?.apply(this, rest)
    await after(this)
  } as T['connect']
}

/**
 * The database adapter for DATABASE_URI. MongoDB is production (docker-compose runs it as a
 * replica set so transactions work); SQLite is the embedded default for development, tests and
 * machines without a database server.
 */
export const databaseAdapter = (uri: string | undefined = process.env.DATABASE_URI): DatabaseAdapterObj => {
  if (databaseKind(uri) === 'mongodb') {
    // MongoDB needs no schema migrations; its folder stays apart so it never picks up SQL ones.
    // An unreachable server fails within the timeout instead of the driver's 30 s per request.
    const adapter = mongooseAdapter({ url: uri!, migrationDir: `${migrationsDir}/mongodb`, connectOptions: { serverSelectionTimeoutMS: mongoServerSelectionTimeoutMS() } })
    return {
      ...adapter,
      init: (args) => {
        const instance = adapter.init(args)
        // Payload quietly turns transactions off without a replica set; production refuses instead.
        aroundConnect(instance, async () => undefined, (self) => {
          const off = (self as unknown as { transactionOptions?: unknown }).transactionOptions === false
          if (off && process.env.NODE_ENV === 'production' && process.env.MONGODB_ALLOW_NO_TRANSACTIONS !== 'true') throw new Error(NO_TRANSACTIONS_MESSAGE)
        })
        return instance
      },
    }
  }
  assertSupportedUri(uri)
  const file = sqliteFile(uri)
  // SQLite creates the file but not its folder; on a fresh clone data/ does not exist yet.
  mkdirSync(path.dirname(file), { recursive: true })
  const adapter = sqliteAdapter({
    client: { url: `file:${file}` },
    // Payload's SQLite defaults (no WAL, busy timeout 0, no transactions) lose writes when two
    // requests arrive together: readers block the writer and the second writer fails at once.
    wal: true,
    busyTimeout: Number(process.env.SQLITE_BUSY_TIMEOUT_MS) || 10_000,
    transactionOptions: {},
    // Development pushes the schema straight from the config; production (`next start`, Docker)
    // applies the committed migrations on start instead. Make one after changing a collection:
    // `npm run migrate:create` (the test suite fails while one is missing).
    migrationDir: `${migrationsDir}/sqlite`,
    prodMigrations: sqliteMigrations,
  })
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      refusePushPromptWithoutTerminal(instance, file)
      aroundConnect(
        instance,
        async () => {
          // Payload would otherwise stop at an interactive "data loss" prompt (see schemaOrigin.ts).
          const problem = await sqliteStartupProblem(file)
          if (problem) throw new Error(problem)
        },
        (self) => {
          // Once connected: write transactions take turns (writeQueue.ts), and the client stays on
          // the file it opened (fileGuard.ts).
          const { client } = self as unknown as { client?: Parameters<typeof queueWriteTransactions>[0] & Parameters<typeof guardFileIdentity>[0] }
          if (!client) return
          queueWriteTransactions(client)
          guardFileIdentity(client, file, args.payload.logger)
        },
      )
      return instance
    },
  }
}
