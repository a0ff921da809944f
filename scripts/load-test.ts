// `npm run test:load`: the inquiry store under load and through a crash, against the production
// build. LOAD_INQUIRIES posts (default 500, each with a PDF) from LOAD_CLIENTS concurrent clients
// (default 50), posted as a browser without JavaScript does (multipart to the form's server action).
//   1. every acknowledged inquiry stored exactly once, no 5xx; p50/p95/p99 printed;
//   2. the same again with a `kill -9` of the server half-way and a restart: every acknowledged
//      inquiry there once, no orphan record files, and both e-mails of every acknowledged inquiry
//      (phases 1 and 2) delivered after the restart to a local SMTP server.
// LOAD_SKIP_BUILD=1 reuses the last `next build` (the e2e run builds the same app on the same seed).
// Exits non-zero on any failure; the last line is `load: … passed|FAILED`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { hiddenFormFields } from '../tests/helpers/actionForm'
import { makePdf } from '../tests/helpers/files'
import { recipients, smtpEnv, startMailbox } from '../tests/helpers/smtp'

const INQUIRIES = Number(process.env.LOAD_INQUIRIES) || 500
const CLIENTS = Number(process.env.LOAD_CLIENTS) || 50
const PORT = Number(process.env.LOAD_PORT || process.env.E2E_PORT) || 3100
const BASE = `http://127.0.0.1:${PORT}`
const DIR = path.resolve('test-results', 'load')
const ADMIN = { email: 'admin@load.example', password: 'load-admin-password-123' }
const MAIL_TIMEOUT_MS = Number(process.env.LOAD_MAIL_TIMEOUT_SECONDS || 600) * 1000
const run = Date.now().toString(36)

const failures: string[] = []
let passed = 0
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (ok) passed++
  else failures.push(what)
}

rmSync(DIR, { recursive: true, force: true })
mkdirSync(DIR, { recursive: true })
const mailbox = await startMailbox()
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...smtpEnv(mailbox.port),
  NODE_ENV: 'production',
  NODE_OPTIONS: '--no-deprecation',
  DATABASE_URI: `file:${path.join(DIR, 'portal.db')}`,
  MEDIA_DIR: path.join(DIR, 'media'),
  PAYLOAD_SECRET: 'load-secret-0123456789abcdef0123456789abcdef',
  PUBLIC_SERVER_URL: BASE,
  SEED_ADMIN_EMAIL: ADMIN.email,
  SEED_ADMIN_PASSWORD: ADMIN.password,
  SEED_ON_START: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  // One client address posts everything here: the form's limit is raised, not weakened in code.
  INQUIRY_RATE_LIMIT: '1000000',
  // The files a killed upload left are seconds old when the server restarts.
  RECORD_SWEEP_MIN_AGE_SECONDS: '1',
}

const step = (label: string, command: string, args: string[]) => {
  console.log(`[load] ${label}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env })
  if (status !== 0) throw new Error(`${label} failed (exit ${status})`)
}

let server: ChildProcess | undefined
const startServer = async () => {
  // Straight to Next's own binary in its own process group, so kill -9 hits the server itself.
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1', '--keepAliveTimeout', '65000'], {
    env,
    // The server's log (each start appended) is kept for a failed run: test-results/load/server.log.
    stdio: ['ignore', openSync(path.join(DIR, 'server.log'), 'a'), openSync(path.join(DIR, 'server.log'), 'a')],
    detached: true,
  })
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/en`).then((res) => res.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the server did not answer within 2 minutes')
}
const killServer = (signal: NodeJS.Signals) => {
  if (server?.pid) process.kill(-server.pid, signal)
  server = undefined
}

/** The form's hidden inputs, as Next renders them for a browser without JavaScript. */
const formFields = async () => hiddenFormFields(await (await fetch(`${BASE}/en/contact`)).text())

type Outcome = { index: number; email: string; ms: number; status: number; reference?: string; error?: string }

const post = async (hidden: [string, string][], index: number, phase: string): Promise<Outcome> => {
  const email = `load-${run}-${phase}-${index}@patient.test`
  const form = new FormData()
  for (const [name, value] of hidden) form.append(name, value)
  const fields = { locale: 'en', name: `Load Patient ${index}`, email, country: 'KZ', preferredLanguage: 'en', diagnosis: 'AML, relapsed', message: `load ${run} ${phase} ${index}`, consent: 'yes', transferConsent: 'yes' }
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  form.append('records', new Blob([new Uint8Array(makePdf(`Record ${phase} ${index}`))], { type: 'application/pdf' }), `record-${index}.pdf`)
  const started = performance.now()
  try {
    const res = await fetch(`${BASE}/en/contact`, { method: 'POST', body: form, redirect: 'manual' })
    await res.arrayBuffer()
    const reference = /[?&]ref=([^&]+)/.exec(res.headers.get('location') ?? '')?.[1]
    return { index, email, ms: performance.now() - started, status: res.status, reference: reference && decodeURIComponent(reference) }
  } catch (error) {
    return { index, email, ms: performance.now() - started, status: 0, error: String((error as Error).cause ?? error) }
  }
}

/** LOAD_CLIENTS workers share the inquiries; `stopAfter` acknowledged ones calls `onHalf` once. */
const blast = async (phase: string, onHalf?: () => void): Promise<Outcome[]> => {
  const hidden = await formFields()
  const outcomes: Outcome[] = []
  let next = 0
  let acknowledged = 0
  let fired = false
  const worker = async () => {
    while (next < INQUIRIES) {
      const outcome = await post(hidden, next++, phase)
      outcomes.push(outcome)
      if (outcome.reference) acknowledged++
      if (onHalf && !fired && acknowledged >= INQUIRIES / 2) {
        fired = true
        onHalf()
      }
      // After the kill nothing answers; the clients stop rather than pile up refused connections.
      if (outcome.status === 0 && fired) return
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, worker))
  return outcomes
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
const report = (label: string, outcomes: Outcome[], seconds: number) => {
  const ms = outcomes.filter((o) => o.reference).map((o) => o.ms).sort((a, b) => a - b)
  const statuses = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.status || 'no answer']: (acc[o.status || 'no answer'] ?? 0) + 1 }), {})
  console.log(
    `[load] ${label}: ${outcomes.length} posts in ${seconds.toFixed(1)} s, ${ms.length} acknowledged; answers ${JSON.stringify(statuses)}; ` +
      `p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`,
  )
}

let token = ''
const api = async <T>(pathAndQuery: string): Promise<T> => {
  if (!token) {
    const res = await fetch(`${BASE}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
    token = ((await res.json()) as { token: string }).token
  }
  const res = await fetch(`${BASE}${pathAndQuery}`, { headers: { authorization: `JWT ${token}` } })
  if (!res.ok) throw new Error(`${pathAndQuery}: ${res.status}`)
  return (await res.json()) as T
}
type Stored = { docs: { reference: string; email: string }[]; totalDocs: number }
const storedInquiries = () => api<Stored>(`/api/inquiries?limit=0&pagination=false&depth=0&select[reference]=true&select[email]=true&where[email][like]=load-${run}`)

const expectStoredOnce = async (label: string, acknowledged: Outcome[]) => {
  const { docs } = await storedInquiries()
  const count = new Map<string, number>()
  for (const doc of docs) count.set(doc.reference, (count.get(doc.reference) ?? 0) + 1)
  const missing = acknowledged.filter((o) => !count.has(o.reference!))
  const twice = [...count].filter(([, n]) => n > 1)
  const perEmail = new Map<string, number>()
  for (const doc of docs) perEmail.set(doc.email, (perEmail.get(doc.email) ?? 0) + 1)
  check(missing.length === 0, `${label}: every acknowledged inquiry is stored (${acknowledged.length} acknowledged, ${missing.length} missing)`)
  check(twice.length === 0 && [...perEmail.values()].every((n) => n === 1), `${label}: none stored twice (${docs.length} rows)`)
  return docs
}

const expectNoOrphans = async (label: string) => {
  const { docs } = await api<{ docs: { filename: string }[] }>('/api/medical-records?limit=0&pagination=false&depth=0&select[filename]=true')
  const rows = new Set(docs.map((doc) => doc.filename))
  const files = readdirSync(path.join(DIR, 'media', 'records'))
  const orphans = files.filter((name) => !rows.has(name))
  const missing = [...rows].filter((name) => !files.includes(name))
  check(orphans.length === 0 && missing.length === 0, `${label}: record files and rows match (${files.length} files, ${orphans.length} without a row, ${missing.length} rows without a file)`)
}

const expectMails = async (acknowledged: Outcome[]) => {
  const deadline = Date.now() + MAIL_TIMEOUT_MS
  const pending = () => {
    const subjects = new Map<string, Set<string>>()
    for (const mail of mailbox.mails) for (const to of recipients(mail)) subjects.set(to, (subjects.get(to) ?? new Set()).add(mail.subject ?? ''))
    const has = (to: string, reference: string) => [...(subjects.get(to) ?? [])].some((subject) => subject.includes(reference))
    return acknowledged.filter((o) => !has(o.email, o.reference!) || !has(ADMIN.email, o.reference!))
  }
  let left = pending()
  while (left.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    left = pending()
  }
  check(left.length === 0, `after the restart, both e-mails of every acknowledged inquiry delivered (${acknowledged.length - left.length} of ${acknowledged.length}; ${mailbox.mails.length} mails in all)`)
}

try {
  step('seeding a fresh database (production mode: migrations)', 'node', ['scripts/seed.mjs'])
  if (!process.env.LOAD_SKIP_BUILD) {
    const lock = process.env.E2E_BUILD_LOCK
    step('building', lock ? 'flock' : 'npx', [...(lock ? [lock, 'npx'] : []), 'next', 'build'])
  }
  await startServer()

  console.log(`[load] phase 1: ${INQUIRIES} inquiries from ${CLIENTS} clients`)
  let started = performance.now()
  const first = await blast('a')
  report('phase 1', first, (performance.now() - started) / 1000)
  const firstAcknowledged = first.filter((o) => o.reference)
  check(first.every((o) => o.status > 0 && o.status < 500), `phase 1: no 5xx and no dropped connection (${first.filter((o) => !(o.status > 0 && o.status < 500)).length})`)
  check(firstAcknowledged.length === INQUIRIES, `phase 1: all ${INQUIRIES} acknowledged (${firstAcknowledged.length})`)
  await expectStoredOnce('phase 1', firstAcknowledged)
  await expectNoOrphans('phase 1')

  console.log(`[load] phase 2: the same, with kill -9 of the server half-way`)
  started = performance.now()
  const second = await blast('b', () => {
    console.log('[load] kill -9')
    killServer('SIGKILL')
  })
  report('phase 2 (until the kill)', second, (performance.now() - started) / 1000)
  check(second.every((o) => o.status === 0 || o.status < 500), 'phase 2: no 5xx before the kill')
  // Files written just before the kill become older than the sweep's minimum age.
  await new Promise((resolve) => setTimeout(resolve, 1500))
  await startServer()
  const secondAcknowledged = second.filter((o) => o.reference)
  await expectStoredOnce('after the restart', [...firstAcknowledged, ...secondAcknowledged])
  await expectNoOrphans('after the restart')
  await expectMails([...firstAcknowledged, ...secondAcknowledged])
} catch (error) {
  failures.push(String(error))
  console.error(error)
} finally {
  if (server) killServer('SIGTERM')
  await mailbox.close()
}
// For scripts/test.mjs's summary: each check above counts as one test.
writeFileSync(path.resolve('test-results', 'load.json'), JSON.stringify({ passed, failed: failures.length, failures }))
console.log(`load: ${INQUIRIES} inquiries × 2 phases from ${CLIENTS} clients: ${failures.length ? `FAILED (${failures.length})` : 'passed'}`)
process.exit(failures.length ? 1 : 0)
