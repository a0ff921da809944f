import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseKind } from '@/lib/database'
import { submitInquiry } from '@/lib/inquiries/submit'
import { makePdf } from '../helpers/files'
import { bootPayload } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')
const sqlite = databaseKind() === 'sqlite'
if (!sqlite) console.info('[backup] skipped: npm run backup/restore copy the embedded SQLite database; MongoDB uses mongodump/mongorestore')

let payload: Payload

/** Runs a script without a terminal (stdin closed), as cron or an operator's script would. */
const run = (script: string, args: string[], env: Record<string, string | undefined> = {}) =>
  new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn('node', [script, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (status) => resolve({ status, output }))
  })

const send = (n: number) =>
  submitInquiry(payload, {
    values: { name: `Patient ${n}`, email: `p${n}@patient.test`, country: 'KZ', preferredLanguage: 'ru', diagnosis: 'AML', message: `inquiry ${n}`, consent: 'yes', transferConsent: 'yes' },
    files: [{ name: `scan-${n}.pdf`, bytes: makePdf() }],
    locale: 'ru',
  })

const referencesIn = async (file: string) => {
  const client = createClient({ url: `file:${file}` })
  try {
    const integrity = await client.execute('PRAGMA integrity_check')
    const { rows } = await client.execute('SELECT reference FROM inquiries')
    const files = await client.execute('SELECT filename FROM medical_records')
    return { integrity: String(Object.values(integrity.rows[0]!)[0]), references: new Set(rows.map((row) => String(row.reference))), files: files.rows.map((row) => String(row.filename)) }
  } finally {
    client.close()
  }
}

beforeAll(async () => {
  if (sqlite) ({ payload } = await bootPayload())
})

afterAll(async () => {
  await payload?.destroy()
})

describe.runIf(sqlite)('npm run backup / npm run restore', () => {
  it('backs up every acknowledged inquiry while inquiries keep arriving, and restores only where no server holds the database', async () => {
    // Inquiries keep arriving during the whole backup, as on a live server.
    const acknowledged: string[] = []
    let sending = true
    let n = 0
    const traffic = (async () => {
      while (sending) {
        const result = await send(n++)
        if (result.status !== 'sent') throw new Error(`inquiry not stored: ${JSON.stringify(result)}`)
        acknowledged.push(result.reference)
      }
    })()
    while (acknowledged.length < 5) await new Promise((resolve) => setTimeout(resolve, 20))
    const before = [...acknowledged]
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'portal-backup-')), 'snapshot')
    const backup = await run('scripts/backup.mjs', ['--to', folder])
    sending = false
    await traffic
    expect(backup.status, backup.output).toBe(0)

    const copy = await referencesIn(path.join(folder, 'portal.db'))
    expect(copy.integrity).toBe('ok')
    for (const reference of before) expect(copy.references.has(reference), reference).toBe(true)
    // Every record row in the copy has its file in the copied uploads.
    const copiedFiles = new Set(readdirSync(path.join(folder, 'media', 'records')))
    for (const file of copy.files) expect(copiedFiles.has(file), file).toBe(true)

    // This process (the "server") holds the live database open: restore refuses, without asking.
    const refused = await run('scripts/restore.mjs', [folder])
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(/is open in process \d+ .*Stop it first, or pass --force/)

    // Onto a machine where nothing runs: the restored database opens and passes its integrity check.
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'portal-restore-'))
    const target = path.join(elsewhere, 'portal.db')
    const restored = await run('scripts/restore.mjs', [folder], { DATABASE_URI: `file:${target}`, MEDIA_DIR: path.join(elsewhere, 'media') })
    expect(restored.status, restored.output).toBe(0)
    const back = await referencesIn(target)
    expect(back.integrity).toBe('ok')
    expect(back.references).toEqual(copy.references)
    for (const file of back.files) expect(existsSync(path.join(elsewhere, 'media', 'records', file)), file).toBe(true)
  })
})
