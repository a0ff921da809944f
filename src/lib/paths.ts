import path from 'node:path'

// Resolved from the working directory, not import.meta.url: Next bundles these modules into
// .next/server, where a path relative to the source file would point somewhere else.
const root = process.cwd()

/** Uploads live under media/: public images in media/public, patients' records in media/records. */
export const mediaDir = path.resolve(root, process.env.MEDIA_DIR || 'media')
export const publicMediaDir = path.join(mediaDir, 'public')
export const recordsDir = path.join(mediaDir, 'records')

/** The embedded database file when no DATABASE_URI is given. */
export const defaultSqliteFile = path.resolve(root, 'data', 'portal.db')

/** Database migrations, one folder per adapter (src/migrations/sqlite, src/migrations/mongodb). */
export const migrationsDir = path.resolve(root, 'src', 'migrations')
