import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { defaultSqliteFile, migrationsDir } from '@/lib/paths'
import { queueWriteTransactions } from '@/lib/sqliteWriteQueue'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

export type DatabaseKind = 'mongodb' | 'sqlite'

const MONGO_URI = /^mongodb(\+srv)?:\/\//

/** Which database a URI selects: MongoDB for mongodb:// and mongodb+srv://, else embedded SQLite. */
export const databaseKind = (uri: string | undefined = process.env.DATABASE_URI): DatabaseKind =>
  uri && MONGO_URI.test(uri) ? 'mongodb' : 'sqlite'

/**
 * The database adapter for DATABASE_URI. MongoDB is production (docker-compose runs it as a
 * replica set so transactions work); SQLite is the embedded default for development, tests and
 * machines without a database server.
 */
export const databaseAdapter = (uri: string | undefined = process.env.DATABASE_URI): DatabaseAdapterObj => {
  // MongoDB needs no schema migrations; its folder stays apart so it never picks up SQL ones.
  if (databaseKind(uri) === 'mongodb') return mongooseAdapter({ url: uri!, migrationDir: `${migrationsDir}/mongodb` })
  if (uri && !uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:")`)
  }
  const url = uri || `file:${defaultSqliteFile}`
  // SQLite creates the file but not its folder; on a fresh clone data/ does not exist yet.
  mkdirSync(path.dirname(path.resolve(url.slice('file:'.length))), { recursive: true })
  const adapter = sqliteAdapter({
    client: { url },
    // Payload's SQLite defaults (no WAL, busy timeout 0, no transactions) lose writes when two
    // requests arrive together: readers block the writer and the second writer fails at once.
    wal: true,
    busyTimeout: 10_000,
    transactionOptions: {},
    // Development pushes the schema straight from the config; production (`next start`, Docker)
    // applies the committed migrations on start instead. Make one after changing a collection:
    // `npm run migrate:create` (the test suite fails while one is missing).
    migrationDir: `${migrationsDir}/sqlite`,
    prodMigrations: sqliteMigrations,
  })
  // Once connected, concurrent write transactions take turns (see sqliteWriteQueue.ts).
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      instance.connect = async function (this: typeof instance, ...rest) {
        await connect?.apply(this, rest)
        const { client } = this as unknown as { client?: Parameters<typeof queueWriteTransactions>[0] }
        if (client) queueWriteTransactions(client)
      }
      return instance
    },
  }
}
