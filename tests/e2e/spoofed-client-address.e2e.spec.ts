import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { E2E_PORT, E2E_URL } from './env'
import { message } from './fixtures'
import { startServer, type ServerProcess } from './serverProcess'

// What a script gets when it posts the inquiry form again and again, claiming a new address in
// every forwarding header it can think of. The limit here is 3 posts per client and window.
test.describe.configure({ mode: 'serial' })
const LIMIT = 3
let direct: ServerProcess

test.beforeAll(async () => {
  test.setTimeout(120_000)
  direct = await startServer(1, { INQUIRY_RATE_LIMIT: String(LIMIT) })
})
test.afterAll(async () => direct?.stop())

const formPost = (url: string, headers: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'multipart/form-data; boundary=x', ...headers },
    body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nDana\r\n--x--\r\n',
    redirect: 'manual',
  })

let spoofs = 0
const madeUp = () => {
  spoofs += 1
  return `203.0.113.${spoofs}`
}

test('a made-up X-Forwarded-For (or X-Real-IP, Forwarded) on every post no longer dodges the rate limit', async () => {
  for (let i = 0; i < LIMIT; i += 1) {
    const res = await formPost(`${direct.url}/ru/contact`, { 'x-forwarded-for': madeUp(), 'x-real-ip': madeUp(), forwarded: `for=${madeUp()}` })
    expect(res.status).not.toBe(429)
  }
  const refused = await formPost(`${direct.url}/ru/contact`, { 'x-forwarded-for': `${madeUp()}, ${madeUp()}`, 'x-real-ip': madeUp() })
  expect(refused.status).toBe(429)
  expect(await refused.text()).toContain('Слишком много запросов с вашего подключения')
})

test('behind a trusted proxy, only the address that proxy saw counts, not what the client wrote before it', async () => {
  // The e2e server trusts loopback as its proxy: the last X-Forwarded-For entry is the proxy's word.
  const client = '192.0.2.77'
  const limit = Number(process.env.INQUIRY_RATE_LIMIT) || 5
  for (let i = 0; i < limit; i += 1) expect((await formPost(`${E2E_URL}/en/contact`, { 'x-forwarded-for': `${madeUp()}, ${client}` })).status).not.toBe(429)
  expect((await formPost(`${E2E_URL}/en/contact`, { 'x-forwarded-for': `${madeUp()}, ${client}` })).status).toBe(429)
  // Another client behind the same proxy is not affected.
  expect((await formPost(`${E2E_URL}/en/contact`, { 'x-forwarded-for': `${madeUp()}, 192.0.2.78` })).status).not.toBe(429)
})

// The compose file's nginx, for real: Debian's nginx running deploy/nginx.conf, pointed at the e2e
// server (which trusts loopback, as the portal in compose trusts nginx's address).
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file))

test('through the nginx of docker-compose, a spoofed X-Forwarded-For is replaced by the real address', async () => {
  test.skip(!NGINX, 'nginx is not installed (.ci/run installs Debian nginx)')
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-nginx-'))
  const nginxPort = E2E_PORT + 3
  const conf = readFileSync(path.resolve(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8')
    .replace('server portal:3000;', `server 127.0.0.1:${E2E_PORT};`)
    .replace('listen 80;', `listen 127.0.0.1:${nginxPort};`)
    .replace('server_tokens off;', `server_tokens off; access_log ${dir}/access.log;`)
    .replace('/var/cache/nginx/portal', path.join(dir, 'cache'))
  expect(conf).toContain(`127.0.0.1:${nginxPort}`)
  writeFileSync(path.join(dir, 'nginx.conf'), conf)
  const globals = `daemon off; pid ${dir}/nginx.pid; user root; error_log ${dir}/error.log;`
  const check = spawnSync(NGINX!, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', globals], { encoding: 'utf8' })
  expect(check.status, check.stderr).toBe(0)
  let nginx: ChildProcess | undefined
  try {
    nginx = spawn(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', globals], { stdio: 'ignore' })
    const url = `http://127.0.0.1:${nginxPort}`
    await expect.poll(() => fetch(`${url}/en`).then((res) => res.status, () => 0), { timeout: 15_000 }).toBe(200)
    // Every post claims another address; nginx puts 127.0.0.1 in its place, so they all count as one client.
    const limit = Number(process.env.INQUIRY_RATE_LIMIT) || 5
    const statuses: number[] = []
    // With the browser's Origin: nginx passes the Host with its port, so the form's own origin matches.
    for (let i = 0; i <= limit; i += 1) statuses.push((await formPost(`${url}/ar/contact`, { origin: url, 'x-forwarded-for': madeUp(), 'x-real-ip': madeUp() })).status)
    expect(statuses.slice(0, limit)).not.toContain(403)
    expect(statuses.at(-1)).toBe(429)
    const again = await formPost(`${url}/ar/contact`, { 'x-forwarded-for': madeUp() })
    expect(again.status).toBe(429)
    expect(await again.text()).toContain(message('ar', 'inquiry.rateLimited.title'))
  } finally {
    nginx?.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    rmSync(dir, { recursive: true, force: true })
  }
})
