import path from 'node:path'

import { defaultSqliteFile } from '@/lib/paths'

export type DatabaseKind = 'mongodb' | 'sqlite'

const MONGO_URI = /^mongodb(\+srv)?:\/\//

/** Which database a URI selects: MongoDB for mongodb:// and mongodb+srv://, else embedded SQLite. */
export const databaseKind = (uri: string | undefined = process.env.DATABASE_URI): DatabaseKind =>
  uri && MONGO_URI.test(uri) ? 'mongodb' : 'sqlite'

/** The SQLite file DATABASE_URI names (file:…), or the default for this NODE_ENV. */
export const sqliteFile = (uri: string | undefined = process.env.DATABASE_URI): string =>
  path.resolve(uri ? uri.slice('file:'.length) : defaultSqliteFile)

export const assertSupportedUri = (uri: string | undefined): void => {
  if (uri && databaseKind(uri) === 'sqlite' && !uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:")`)
  }
}

/** The environment variables these checks read (process.env, or a stand-in in tests). */
export type Env = Record<string, string | undefined>
