import path from 'node:path'

// Resolved from the working directory, not import.meta.url: Next bundles these modules into
// .next/server, where a path relative to the source file would point somewhere else.
const root = process.cwd()

/** Uploads live under media/: public images in media/public, patients' records in media/records. */
export const mediaDir = path.resolve(root, process.env.MEDIA_DIR || 'media')
export const publicMediaDir = path.join(mediaDir, 'public')
export const recordsDir = path.join(mediaDir, 'records')

/**
 * The embedded database file when no DATABASE_URI is given: one for production (`next build`,
 * `next start`) and one for development (`npm run dev`, `npm run seed`). Development pushes its
 * schema straight from the config and production applies migrations; on one shared file each
 * would find the other's schema and stop (see src/lib/database/schemaOrigin.ts).
 */
export const defaultSqliteFileFor = (nodeEnv: string | undefined): string =>
  path.resolve(root, 'data', nodeEnv === 'production' ? 'portal.db' : 'portal-dev.db')
export const defaultSqliteFile = defaultSqliteFileFor(process.env.NODE_ENV)

/** Database migrations, one folder per adapter (src/migrations/sqlite, src/migrations/mongodb). */
export const migrationsDir = path.resolve(root, 'src', 'migrations')
