import { MongoClient } from 'mongodb'

import type { Env } from '@/lib/database/kind'

/** How long a MongoDB operation waits for a reachable server before failing (driver default: 30 s). */
export const mongoServerSelectionTimeoutMS = (env: Env = process.env): number =>
  Number(env.MONGODB_SERVER_SELECTION_TIMEOUT_MS) || 10_000

/** Where to point an operator, without the password a URI may carry. */
export const redactedMongoUri = (uri: string): string => uri.replace(/\/\/[^@/]*@/, '//***@')

export const NO_TRANSACTIONS_MESSAGE =
  'MongoDB has no replica set, so Payload would run without transactions and a failed inquiry could leave medical-record rows behind. ' +
  'Start mongod with --replSet rs0, run rs.initiate() once, and add ?replicaSet=rs0 to DATABASE_URI (docker-compose.yml does this).'

/**
 * Transactions need a replica set member (`setName` in the `hello` answer) or a mongos router
 * (`msg: 'isdbgrid'`); a standalone mongod has neither, and Payload then quietly runs without them.
 * MONGODB_ALLOW_NO_TRANSACTIONS=true accepts that knowingly (a throwaway test server, say).
 */
export const transactionsProblem = (hello: Record<string, unknown>, env: Env = process.env): string | undefined => {
  const transactions = Boolean(hello.setName) || hello.msg === 'isdbgrid'
  return transactions || env.MONGODB_ALLOW_NO_TRANSACTIONS === 'true' ? undefined : NO_TRANSACTIONS_MESSAGE
}

/**
 * Why production must not start on this MongoDB, or undefined: unreachable within the timeout, or
 * not a replica set (no transactions). Uses the driver directly, so `next start` can refuse at once
 * instead of answering 500 to the first /api request.
 */
export const mongoStartupProblem = async (uri: string, env: Env = process.env): Promise<string | undefined> => {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: mongoServerSelectionTimeoutMS(env) })
  try {
    await client.connect()
    return transactionsProblem(await client.db('admin').command({ hello: 1 }), env)
  } catch (error) {
    return (
      `Cannot reach MongoDB at ${redactedMongoUri(uri)} within ${mongoServerSelectionTimeoutMS(env)} ms (${error instanceof Error ? error.message : String(error)}). ` +
      'Check DATABASE_URI and that the server is running; MONGODB_SERVER_SELECTION_TIMEOUT_MS sets the wait.'
    )
  } finally {
    await client.close().catch(() => undefined)
  }
}
