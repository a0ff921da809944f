type Transaction = { commit(): Promise<void>; rollback(): Promise<void>; close(): void }
type Statement = string | { sql: string }
type TransactionClient = {
  transaction(mode?: string): Promise<Transaction>
  execute(statement: Statement, ...rest: unknown[]): Promise<unknown>
  batch(statements: Statement[], ...rest: unknown[]): Promise<unknown>
}

/**
 * Lets SQLite writes take turns inside this process.
 *
 * libsql hands its open connection to each transaction and opens a fresh one for everything else,
 * without the busy timeout Payload set on the first. A second transaction that starts while one is
 * open fails at once ("SQLITE_BUSY: database is locked", a 500 for the editor or patient). A busy
 * timeout would not help either: libsql waits synchronously, so the waiting connection would freeze
 * the very event loop the open transaction needs to finish. SQLite has one writer anyway; queuing
 * here makes the second request wait its turn instead of failing.
 *
 * Writes outside any transaction take the same turns: Payload makes some on purpose (failed-login
 * counters, job bookkeeping, the password-reset reservation), and each one failed the same way
 * whenever another request's transaction was open. One of them can be awaited *inside* an open
 * transaction (nothing of ours does that; Payload's reset reservation did, see
 * collections/Users), so such a write waits at most WAIT_MS and then tries anyway.
 */
const QUEUED = Symbol('queued write transactions')
const WAIT_MS = 10_000
const READ = /^\s*(select|pragma|explain|with\s[\s\S]*?\)\s*select)\b/i

const isWrite = (statement: Statement) => !READ.test(typeof statement === 'string' ? statement : statement.sql)

export const queueWriteTransactions = (client: TransactionClient & { [QUEUED]?: true }): void => {
  if (client[QUEUED]) return
  client[QUEUED] = true
  const begin = client.transaction.bind(client)
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  let turn: Promise<void> = Promise.resolve()

  /** Waits for the writes before it (at most `limit` ms), and gives the release of this turn. */
  const takeTurn = async (limit?: number): Promise<() => void> => {
    let release!: () => void
    const previous = turn
    turn = new Promise<void>((resolve) => (release = resolve))
    if (limit === undefined) await previous
    else await Promise.race([previous, new Promise((resolve) => setTimeout(resolve, limit).unref())])
    let released = false
    return () => {
      if (!released) (released = true), release()
    }
  }

  client.transaction = async (mode?: string) => {
    const done = await takeTurn()
    let tx: Transaction
    try {
      tx = await begin(mode)
    } catch (error) {
      done()
      throw error
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

  client.execute = async (statement: Statement, ...rest: unknown[]) => {
    if (!isWrite(statement)) return execute(statement, ...rest)
    const done = await takeTurn(WAIT_MS)
    try {
      return await execute(statement, ...rest)
    } finally {
      done()
    }
  }
  client.batch = async (statements: Statement[], ...rest: unknown[]) => {
    if (!statements.some(isWrite)) return batch(statements, ...rest)
    const done = await takeTurn(WAIT_MS)
    try {
      return await batch(statements, ...rest)
    } finally {
      done()
    }
  }
}
