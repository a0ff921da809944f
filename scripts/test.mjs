#!/usr/bin/env node
// `npm test`: every suite, on every database this machine can offer, with a plain summary of what
// ran and what did not. Vitest's own output streams through; the last line is the total.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'

const results = 'test-results'
mkdirSync(results, { recursive: true })

const runs = []
const notRun = []

const vitest = (label, env) => {
  const outputFile = `${results}/${label}.json`
  console.log(`\n=== ${label} ===`)
  const { status } = spawnSync(
    'npx',
    ['vitest', 'run', '--config', './vitest.config.mts', '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`],
    { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env } },
  )
  let counts = { passed: 0, failed: 0, skipped: 0 }
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'))
    counts = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
  } catch {
    counts.failed = 1 // no report: the run itself broke
  }
  // A run that failed without a failing test (it could not start, say) still counts as a failure.
  if (status !== 0 && counts.failed === 0) counts.failed = 1
  runs.push({ label, status, ...counts })
}

// 0. The security floor: no production dependency below the version that answers its advisories.
{
  console.log('\n=== security-floor ===')
  const { status } = spawnSync('node', ['scripts/security-floor.mjs'], { stdio: 'inherit' })
  runs.push({ label: 'security-floor', status, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 })
}

// 1. Integration tests against the embedded database (always).
vitest('int-sqlite', { TEST_DATABASE_URI: '' })

// 2. The same tests against MongoDB, when a server is given.
const mongo = process.env.TEST_DATABASE_URI
if (mongo?.startsWith('mongodb')) vitest('int-mongodb', { TEST_DATABASE_URI: mongo })
else notRun.push('int-mongodb: NOT RUN (no MongoDB server here; set TEST_DATABASE_URI=mongodb://host:27017/?replicaSet=rs0 to run the same integration tests against MongoDB)')

// 3. Browser tests: a production build on a fresh, seeded SQLite database, driven in Debian's Chromium.
{
  const label = 'e2e-chromium'
  console.log(`\n=== ${label} ===`)
  const { status } = spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '--no-deprecation' } })
  let counts = { passed: 0, failed: 1, skipped: 0 }
  try {
    const { stats } = JSON.parse(readFileSync(`${results}/e2e.json`, 'utf8'))
    counts = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
  } catch {
    // no report: the run itself broke, counted as one failure
  }
  if (status !== 0 && counts.failed === 0) counts.failed = 1
  runs.push({ label, status, ...counts })
}

// 4. Load and crash: inquiries from concurrent clients, then a kill -9 and a restart, against the
//    production build the browser tests just made (`npm run test:load` runs the full 500 / 50).
{
  const label = 'load'
  console.log(`\n=== ${label} ===`)
  const env = { ...process.env, NODE_OPTIONS: '--no-deprecation', LOAD_INQUIRIES: process.env.LOAD_INQUIRIES || '100', LOAD_CLIENTS: process.env.LOAD_CLIENTS || '20', LOAD_SKIP_BUILD: '1' }
  rmSync(`${results}/load.json`, { force: true })
  const { status } = spawnSync('node_modules/.bin/tsx', ['scripts/load-test.ts'], { stdio: 'inherit', env })
  let counts = { passed: 0, failed: 1, skipped: 0 }
  try {
    const report = JSON.parse(readFileSync(`${results}/load.json`, 'utf8'))
    counts = { passed: report.passed, failed: report.failed, skipped: 0 }
  } catch {
    // no report: the run itself broke, counted as one failure
  }
  if (status !== 0 && counts.failed === 0) counts.failed = 1
  runs.push({ label, status, ...counts })
}

const total = runs.reduce((sum, run) => ({ passed: sum.passed + run.passed, failed: sum.failed + run.failed, skipped: sum.skipped + run.skipped }), { passed: 0, failed: 0, skipped: 0 })
console.log('\n=== summary ===')
for (const run of runs) console.log(`${run.label}: ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped${run.status ? ` (exit ${run.status})` : ''}`)
for (const line of notRun) console.log(line)
console.log(`tests: ${total.passed} passed, ${total.failed} failed`)
process.exit(runs.some((run) => run.status !== 0) || total.failed > 0 || total.passed === 0 ? 1 : 0)
