import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { recordsDir } from '@/lib/paths'

/**
 * A file younger than this may belong to an upload still in flight in another process (its row
 * is written when its transaction commits), so it is never swept (RECORD_SWEEP_MIN_AGE_SECONDS).
 */
const minAgeMs = () => (Number(process.env.RECORD_SWEEP_MIN_AGE_SECONDS) || 300) * 1000

/**
 * Medical-record files with no row: a server killed between writing an upload and committing its
 * row leaves one behind (the transaction rolls back, the file stays). Health data nobody can see
 * in the admin must not linger on disk, so the server deletes them when it starts, and logs each.
 */
export const sweepOrphanRecords = async (payload: Payload): Promise<string[]> => {
  const names = await readdir(recordsDir).catch(() => [] as string[])
  if (!names.length) return []
  const { docs } = await payload.find({ collection: 'medical-records', pagination: false, depth: 0, select: { filename: true } })
  const known = new Set(docs.map((doc) => doc.filename))
  const cutoff = Date.now() - minAgeMs()
  const swept: string[] = []
  for (const name of names) {
    if (known.has(name)) continue
    const file = path.join(recordsDir, name)
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile() || info.mtimeMs > cutoff) continue
    await rm(file, { force: true })
    swept.push(name)
    payload.logger.warn(`[records] deleted ${name}: a medical-record file with no row (an upload interrupted by a crash)`)
  }
  return swept
}
