#!/usr/bin/env node
// `npm run restore -- <backup folder> [--force]`: puts a backup made by `npm run backup` back in
// place of the embedded database and the uploads. Never asks anything: it refuses (status 1) when
// a process still holds the database open, unless --force; stop the server first. What it replaces
// is kept beside it (portal.db.before-restore-<time>, media/<folder>.before-restore-<time>).
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { databaseFile, integrityCheck, isMongo, mediaDir, processesUsing, UPLOAD_FOLDERS } from './lib/embedded-database.mjs'

const fail = (message) => {
  console.error(`[restore] ${message}`)
  process.exit(1)
}
if (isMongo()) fail('DATABASE_URI is MongoDB: restore it with mongorestore (see README, "Backups").')
const force = process.argv.includes('--force')
const source = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
if (!source) fail('usage: npm run restore -- <backup folder> [--force]')
const backupDb = path.resolve(source, 'portal.db')
if (!existsSync(backupDb)) fail(`${backupDb} does not exist: is ${source} a folder made by npm run backup?`)
const integrity = await integrityCheck(backupDb)
if (integrity !== 'ok') fail(`the backup failed its integrity check: ${integrity}`)

const target = databaseFile()
const users = processesUsing(target)
if (!force && users === undefined) fail(`cannot tell whether a server is using ${target} (no /proc here). Stop it, then run again with --force.`)
if (!force && users.length) fail(`${target} is open in process ${users.join(', ')} (a running server?). Stop it first, or pass --force to replace it anyway.`)

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
mkdirSync(path.dirname(target), { recursive: true })
if (existsSync(target)) {
  // Fold the write-ahead log into the file first, so the copy kept aside is complete on its own.
  const client = createClient({ url: `file:${target}` })
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined)
  client.close()
  renameSync(target, `${target}.before-restore-${stamp}`)
}
for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
cpSync(backupDb, target)

for (const folder of UPLOAD_FOLDERS) {
  const from = path.resolve(source, 'media', folder)
  const to = path.join(mediaDir(), folder)
  if (existsSync(to)) renameSync(to, `${to}.before-restore-${stamp}`)
  if (existsSync(from)) cpSync(from, to, { recursive: true, preserveTimestamps: true })
}
console.log(`[restore] ${target} and the uploads restored from ${path.resolve(source)}`)
process.exit(0)
