/**
 * Runs inquiry writes one at a time in this process. SQLite has a single writer, and libsql opens
 * each transaction on a fresh connection without the busy timeout, so two form posts arriving
 * together would fail instead of waiting. Queuing them here also lets the second copy of a
 * double submit find the first one's inquiry before writing anything. Inquiries arrive a few per
 * hour; a queue costs nothing at that rate.
 */
let tail: Promise<unknown> = Promise.resolve()

export const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
  const run = tail.then(task, task)
  tail = run.catch(() => undefined)
  return run
}
