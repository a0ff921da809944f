import { statSync } from 'node:fs'

/** Thrown instead of touching a database file that is not the one this process opened. */
export class DatabaseFileChangedError extends Error {
  readonly code = 'DATABASE_FILE_CHANGED'
}

type Transaction = { commit(): Promise<void>; rollback(): Promise<void> }
type GuardedClient = {
  execute(...args: unknown[]): Promise<unknown>
  batch(...args: unknown[]): Promise<unknown>
  executeMultiple(...args: unknown[]): Promise<unknown>
  transaction(mode?: string): Promise<Transaction>
}
type Logger = { error: (message: string) => void; info: (message: string) => void }

const identityOf = (file: string): string | undefined => {
  try {
    const { dev, ino } = statSync(file)
    return `${dev}:${ino}`
  } catch {
    return undefined
  }
}

/**
 * Keeps a SQLite client on the file it first opened.
 *
 * libsql opens a fresh connection for each transaction. If the file was renamed or deleted while the
 * server runs, that connection silently creates an empty database at the same path, the server
 * keeps writing there, and when that connection closes SQLite may delete the real database's WAL
 * (confirmed inquiries lost). So every statement first checks that the path still names the same
 * file (device and inode); if not, it fails with DatabaseFileChangedError: the health check answers
 * 503, the form shows its "unavailable" page, and nothing is written elsewhere. When the same file
 * comes back (renamed back), work resumes by itself; any other file needs a restart.
 */
export const guardFileIdentity = (client: GuardedClient, file: string, logger: Logger): void => {
  const expected = identityOf(file)
  if (!expected) throw new DatabaseFileChangedError(`The database file ${file} is missing right after opening it.`)
  let trusted = true
  const check = () => {
    if (identityOf(file) === expected) {
      if (!trusted) logger.info(`[database] ${file} is back: using it again.`)
      trusted = true
      return
    }
    if (trusted) logger.error(`[database] ${file} was moved, replaced or deleted while the server runs: refusing to read or write until it is back (or the server restarts).`)
    trusted = false
    throw new DatabaseFileChangedError(`The database file ${file} is not the one this server opened.`)
  }
  for (const method of ['execute', 'batch', 'executeMultiple'] as const) {
    const original = client[method].bind(client)
    client[method] = async (...args: unknown[]) => {
      check()
      return original(...args)
    }
  }
  const begin = client.transaction.bind(client)
  client.transaction = async (mode?: string) => {
    check()
    const tx = await begin(mode)
    const commit = tx.commit.bind(tx)
    // The file may have gone while the transaction ran: roll back rather than commit to a stranger.
    tx.commit = async () => {
      try {
        check()
      } catch (error) {
        await tx.rollback()
        throw error
      }
      return commit()
    }
    return tx
  }
}
