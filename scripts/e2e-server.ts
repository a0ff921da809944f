// Run with tsx by Playwright's webServer: a fresh database seeded in production mode (so the committed
// migrations are what creates the schema), a production build, then `next start` on port 3100.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { smtpEnv, startMailbox } from '../tests/helpers/smtp'
import { E2E_DIR, E2E_MAIL_DIR, e2eEnv } from '../tests/e2e/env'

rmSync(E2E_DIR, { recursive: true, force: true })
mkdirSync(E2E_MAIL_DIR, { recursive: true })

// A real SMTP server for the portal's mail; each message is written out for the tests to read.
const mailbox = await startMailbox((mail, index) => {
  const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((t) => t.value.map((v) => v.address))
  writeFileSync(path.join(E2E_MAIL_DIR, `${String(index).padStart(4, '0')}.json`), JSON.stringify({ to, subject: mail.subject, text: mail.text, html: mail.html }))
})
const env: NodeJS.ProcessEnv = { ...process.env, ...e2eEnv, ...smtpEnv(mailbox.port), NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' }

const step = (label: string, command: string, args: string[]) => {
  console.log(`[e2e-server] ${label}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env })
  if (status !== 0) process.exit(status ?? 1)
}
step('seeding a fresh database', 'node', ['scripts/seed.mjs'])
// E2E_BUILD_LOCK names a lock file (flock) so several checkouts on one machine build one at a time.
const buildLock = process.env.E2E_BUILD_LOCK
if (!process.env.E2E_SKIP_BUILD) step('building', buildLock ? 'flock' : 'npx', [...(buildLock ? [buildLock, 'npx'] : []), 'next', 'build'])
console.log('[e2e-server] starting')
// The production server, as `npm start` runs it. The tests stand in for the reverse proxy (they
// pick a client address per test in X-Forwarded-For), so loopback is trusted here; the tests of
// the address rule itself start servers of their own without it (tests/e2e/spoofed-client-address).
const server = spawn('node', ['src/server/index.mjs'], { stdio: 'inherit', env: { ...env, LISTEN_ADDRESS: '127.0.0.1', TRUSTED_PROXIES: '127.0.0.1' } })
const stop = () => {
  server.kill('SIGTERM')
  void mailbox.close()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.on('exit', (code) => process.exit(code ?? 0))
