type Transaction = { commit(): Promise<void>; rollback(): Promise<void>; close(): void }
type Statement = string | { sql: string }
type TransactionClient = {
  transaction(mode?: string): Promise<Transaction>
  execute(statement: Statement, ...rest: unknown[]): Promise<unknown>
}

/** A statement that writes: it needs SQLite's one write lock. */
const WRITES = /^\s*(insert|update|delete|replace)\b/i

/**
 * Lets SQLite write transactions take turns inside this process.
 *
 * libsql hands its open connection to each transaction and opens a fresh one for everything else,
 * without the busy timeout Payload set on the first. A second transaction that starts while one is
 * open fails at once ("SQLITE_BUSY: database is locked", a 500 for the editor or patient). A busy
 * timeout would not help either: libsql waits synchronously, so the waiting connection would freeze
 * the very event loop the open transaction needs to finish. SQLite has one writer anyway; queuing
 * here makes the second request wait its turn instead of failing.
 */
const QUEUED = Symbol('queued write transactions')

export const queueWriteTransactions = (client: TransactionClient & { [QUEUED]?: true }): void => {
  if (client[QUEUED]) return
  client[QUEUED] = true
  const begin = client.transaction.bind(client)
  let turn: Promise<void> = Promise.resolve()
  client.transaction = async (mode?: string) => {
    let release!: () => void
    const previous = turn
    turn = new Promise<void>((resolve) => (release = resolve))
    await previous
    let tx: Transaction
    try {
      tx = await begin(mode)
    } catch (error) {
      release()
      throw error
    }
    let released = false
    const done = () => {
      if (!released) (released = true), release()
    }
    const { commit, rollback, close } = tx
    tx.commit = () => commit.call(tx).finally(done)
    tx.rollback = () => rollback.call(tx).finally(done)
    tx.close = () => {
      try {
        close.call(tx)
      } finally {
        done()
      }
    }
    return tx
  }
  // A write outside any transaction (Payload's job runner deletes finished jobs this way) runs on
  // a connection without the busy timeout: while a transaction holds the lock it fails at once,
  // and had it held the lock it could make the transaction's COMMIT fail, which Payload's adapter
  // does not report. So it takes its turn too. Reads never wait.
  const execute = client.execute.bind(client)
  client.execute = async (statement: Statement, ...rest: unknown[]) => {
    if (!WRITES.test(typeof statement === 'string' ? statement : statement.sql)) return execute(statement, ...rest)
    let release!: () => void
    const previous = turn
    turn = new Promise<void>((resolve) => (release = resolve))
    await previous
    try {
      return await execute(statement, ...rest)
    } finally {
      release()
    }
  }
}
