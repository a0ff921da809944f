import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Runs before each test file, before anything imports the Payload config (which reads these at
 * load time): every file gets a database and upload folder of its own, so files can run in
 * parallel and never see each other's data.
 *
 * TEST_DATABASE_URI=mongodb://… runs the same files against MongoDB (one database per file);
 * without it, each file gets a fresh SQLite file.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'portal-test-'))
const mongo = process.env.TEST_DATABASE_URI
const dbName = `portal_test_${process.pid}_${Date.now()}`

process.env.DATABASE_URI = mongo?.startsWith('mongodb')
  ? mongo.replace(/\/([^/?]*)(\?|$)/, `/${dbName}$2`)
  : `file:${path.join(scratch, 'portal.db')}`
process.env.MEDIA_DIR = path.join(scratch, 'media')
process.env.SEED_ON_START = 'false'
// No jobs autorun: Payload starts it on the first REST request, and its ticks (every 5 s) would run
// queued jobs and queue scheduled ones behind a test's back. Tests run jobs with payload.jobs.run.
process.env.JOBS_AUTORUN ??= 'false'
process.env.PAYLOAD_SECRET ||= 'test-secret-that-is-long-enough-for-the-check-1234'
