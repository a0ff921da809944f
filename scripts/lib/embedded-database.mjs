// What `npm run backup` and `npm run restore` work on: the embedded SQLite database and the
// uploads, found the way the app finds them (src/lib/paths.ts, src/lib/database/kind.ts).
import { readdirSync, readlinkSync, realpathSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd())

export const isMongo = () => /^mongodb(\+srv)?:\/\//.test(process.env.DATABASE_URI || '')

/** DATABASE_URI's file, else the default for NODE_ENV (production: data/portal.db; otherwise data/portal-dev.db). */
export const databaseFile = () => {
  const uri = process.env.DATABASE_URI
  if (uri) {
    if (!uri.startsWith('file:')) throw new Error(`DATABASE_URI must be a file: URI for this command (got "${uri.split(':')[0]}:")`)
    return path.resolve(uri.slice('file:'.length))
  }
  return path.resolve('data', process.env.NODE_ENV === 'production' ? 'portal.db' : 'portal-dev.db')
}

export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || 'media')
/** The two upload folders: public images and patients' medical records. */
export const UPLOAD_FOLDERS = ['public', 'records']

/** SQLite's own check of every page and index: 'ok' or the first problems it found. */
export const integrityCheck = async (file) => {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    return rows.map((row) => String(Object.values(row)[0])).join('; ')
  } finally {
    client.close()
  }
}

/**
 * Process ids that hold the file (or its -wal/-shm) open, read from /proc (Linux). Undefined where
 * /proc cannot tell, which callers treat as "maybe in use".
 */
export const processesUsing = (file) => {
  let pids
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return undefined
  }
  let target
  try {
    target = realpathSync(file)
  } catch {
    return []
  }
  const names = new Set([target, `${target}-wal`, `${target}-shm`])
  const users = []
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue
    let fds = []
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // gone, or another user's: not readable
    }
    for (const fd of fds) {
      try {
        if (names.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          users.push(Number(pid))
          break
        }
      } catch {
        // closed while reading
      }
    }
  }
  return users
}
