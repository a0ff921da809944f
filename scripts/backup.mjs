#!/usr/bin/env node
// `npm run backup [-- --to <folder>]`: an online copy of the embedded database and the uploads
// into backups/<timestamp>/ (or BACKUP_DIR/<timestamp>/), safe while the server runs.
//
// The database is copied first, with VACUUM INTO: one consistent snapshot taken inside a read
// transaction, so writers carry on and everything committed before it is in it. The uploads are
// copied afterwards: a record file is written before its row, so every row in the snapshot finds
// its file (files of later inquiries may come along; they are harmless). MongoDB: use mongodump.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { databaseFile, integrityCheck, isMongo, mediaDir, UPLOAD_FOLDERS } from './lib/embedded-database.mjs'

const fail = (message) => {
  console.error(`[backup] ${message}`)
  process.exit(1)
}
if (isMongo()) fail('DATABASE_URI is MongoDB: back it up with mongodump (see README, "Backups"); this command copies the embedded SQLite database.')

const toFlag = process.argv.indexOf('--to')
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = path.resolve(toFlag > 0 ? process.argv[toFlag + 1] : path.join(process.env.BACKUP_DIR || 'backups', stamp))
const source = databaseFile()
if (!existsSync(source)) fail(`no database at ${source} (set DATABASE_URI, or NODE_ENV=production for data/portal.db)`)
if (existsSync(path.join(target, 'portal.db'))) fail(`${target} already holds a backup; choose another folder`)
mkdirSync(target, { recursive: true })

const copy = path.join(target, 'portal.db')
const client = createClient({ url: `file:${source}` })
try {
  // Wait for a writer rather than fail at once; VACUUM INTO itself only reads.
  await client.execute('PRAGMA busy_timeout = 30000')
  await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
} finally {
  client.close()
}
const integrity = await integrityCheck(copy)
if (integrity !== 'ok') fail(`the copy failed its integrity check: ${integrity}`)

const uploads = {}
for (const folder of UPLOAD_FOLDERS) {
  const from = path.join(mediaDir(), folder)
  uploads[folder] = existsSync(from)
  if (uploads[folder]) cpSync(from, path.join(target, 'media', folder), { recursive: true, preserveTimestamps: true })
}
writeFileSync(path.join(target, 'backup.json'), JSON.stringify({ createdAt: new Date().toISOString(), database: source, media: mediaDir(), uploads, integrity }, null, 2))
console.log(`[backup] ${source} and the uploads copied to ${target}`)
process.exit(0)
