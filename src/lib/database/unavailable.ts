// Errors that mean "the database cannot answer now" rather than "this request is wrong": a locked
// or busy SQLite file, a file that was moved away (fileGuard.ts), an unreachable MongoDB.
const SQLITE_CODES = /^(SQLITE_BUSY|SQLITE_LOCKED|SQLITE_CANTOPEN|SQLITE_IOERR|SQLITE_READONLY|DATABASE_FILE_CHANGED)/
const MONGO_NAMES = /^Mongo(ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed)Error$/
const MESSAGES = /database is locked|SQLITE_BUSY|unable to open database file|is not the one this server opened/i

type ErrorLike = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown }

/** Walks the error and its causes (drizzle and Payload wrap the driver's error). */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  let current = error as ErrorLike | undefined
  for (let depth = 0; current && depth < 6; depth++, current = current.cause as ErrorLike | undefined) {
    if (typeof current.code === 'string' && SQLITE_CODES.test(current.code)) return true
    if (typeof current.name === 'string' && MONGO_NAMES.test(current.name)) return true
    if (typeof current.message === 'string' && MESSAGES.test(current.message)) return true
  }
  return false
}
