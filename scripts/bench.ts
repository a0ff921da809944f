// `npm run bench` (not part of `npm test`): how light and fast the public pages are, against the
// floor of the same machine in the same run. Builds the production app (BENCH_SKIP_BUILD=1 reuses
// the last build), seeds a fresh database, starts `npm start`'s server, and prints one table: home,
// the therapies list, a hospital, a therapy and a story in en, zh and ar — HTML bytes, JS bytes (gzip, what a modern
// browser loads), requests per second and p50/p99 latency at 50 connections (autocannon, as a
// browser asking for gzip), Lighthouse 12 mobile scores — then the same for a hello-world Next page
// and for a bare Node server sending the story's bytes, the ratios, the story through
// deploy/nginx.conf (compressed once, cached for a second), and publish-to-live per locale.
// BENCH_SECONDS (default 10) per load run; BENCH_LIGHTHOUSE=0 skips Lighthouse; BENCH_PORT (3150)
// and the three ports after it, or BENCH_PORTS=a,b,c,d; BENCH_BUILD_LOCK names a flock file for shared machines.
// Figures depend on the machine and what else runs on it: compare rows of one run, not runs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { buildHello, startHello, startStatic, waitFor } from './bench/hello'
import { lighthouse, load, weigh, type Figures } from './bench/measure'
import { startNginx } from './bench/nginx'
import { publishToLive } from './bench/publish'
import { printTable } from './bench/table'
import { installTools } from './bench/tools'

// Portal, hello-world, bare server, nginx: BENCH_PORT and the three after it, or BENCH_PORTS=a,b,c,d.
const [PORT, HELLO_PORT, STATIC_PORT, NGINX_PORT] = process.env.BENCH_PORTS
  ? process.env.BENCH_PORTS.split(',').map(Number)
  : [0, 1, 2, 3].map((i) => (Number(process.env.BENCH_PORT) || 3150) + i)
const SECONDS = Number(process.env.BENCH_SECONDS) || 10
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0'
const LOCK = process.env.BENCH_BUILD_LOCK || process.env.E2E_BUILD_LOCK
const DIR = path.resolve('test-results', 'bench')
const BASE = `http://127.0.0.1:${PORT}`
const ADMIN = { email: 'admin@bench.example', password: 'bench-admin-password-123' }
const PAGES = { home: '', list: '/therapies', hospital: '/hospitals/ihcams-tianjin', therapy: '/therapies/car-t-cell-therapy', story: '/stories/car-t-trial-relapsed-all-example' }
const LOCALES = ['en', 'zh', 'ar'] as const

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: '--no-deprecation',
  DATABASE_URI: `file:${path.join(DIR, 'portal.db')}`,
  MEDIA_DIR: path.join(DIR, 'media'),
  PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
  PUBLIC_SERVER_URL: BASE,
  SEED_ADMIN_EMAIL: ADMIN.email,
  SEED_ADMIN_PASSWORD: ADMIN.password,
  SEED_ON_START: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(PORT),
  LISTEN_ADDRESS: '127.0.0.1',
  // nginx on loopback is the proxy in front for the compressed path.
  TRUSTED_PROXIES: '127.0.0.1',
  // autocannon is one client address: reading pages is never limited, this only keeps posts open.
  INQUIRY_RATE_LIMIT: '1000000',
}
const step = (label: string, command: string, args: string[]) => {
  console.log(`[bench] ${label}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env })
  if (status !== 0) throw new Error(`${label} failed (exit ${status})`)
}

const children: ChildProcess[] = []
const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'))
process.on('exit', stopAll)

installTools()
rmSync(DIR, { recursive: true, force: true })
mkdirSync(DIR, { recursive: true })
step('seeding a fresh database', process.execPath, ['scripts/seed.mjs'])
if (!process.env.BENCH_SKIP_BUILD || !existsSync('.next/BUILD_ID')) step('building the portal', LOCK ? 'flock' : 'npx', [...(LOCK ? [LOCK, 'npx'] : []), 'next', 'build'])

console.log('[bench] starting')
const portal = spawn(process.execPath, ['src/server/index.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
children.push(portal)
await waitFor(`${BASE}/en`)
// A few seconds of load first: the first page measured after a start otherwise pays for the
// JIT's warm-up (one run showed home en at half the rate of home zh measured right after it).
await load(`${BASE}/en`, 3)

const rows: { label: string; figures: Figures }[] = []
const measure = async (label: string, url: string, withLighthouse = LIGHTHOUSE, language = 'en') => {
  // Warm up: the first request after a start renders or reads from disk.
  for (let i = 0; i < 3; i += 1) await fetch(url).then((res) => res.arrayBuffer())
  const weight = await weigh(url, language)
  const speed = await load(url, SECONDS, language)
  const figures: Figures = { html: weight.html, htmlGzip: weight.htmlGzip, js: weight.js, ...speed, lighthouse: withLighthouse ? lighthouse(url) : undefined }
  rows.push({ label, figures })
  console.log(`[bench] ${label}: ${JSON.stringify(figures)}`)
  return weight
}

let storyBytes = ''
for (const locale of LOCALES) {
  for (const [name, pagePath] of Object.entries(PAGES)) {
    const weight = await measure(`${name} ${locale}`, `${BASE}/${locale}${pagePath}`, LIGHTHOUSE, locale)
    if (name === 'story' && locale === 'en') storyBytes = weight.body
  }
}
// Built after the portal's pages are measured: on a shared machine the build may wait its turn.
const hello = await startHello(buildHello(LOCK, Boolean(process.env.BENCH_SKIP_BUILD)), HELLO_PORT!)
children.push(hello)
await measure('hello-world Next', `http://127.0.0.1:${HELLO_PORT}/`)
const staticServer = await startStatic(STATIC_PORT!, storyBytes)
await measure('static Node (story en bytes)', `http://127.0.0.1:${STATIC_PORT}/`, false)
staticServer.close()
const nginx = await startNginx(NGINX_PORT!, PORT!)
await measure('story en via nginx (gzip cache)', `${nginx.url}/en${PAGES.story}`, false)
await nginx.stop()

const publish = await publishToLive(BASE, ADMIN, 'car-t-cell-therapy')
printTable(rows, publish, { seconds: SECONDS })
stopAll()
process.exit(0)
