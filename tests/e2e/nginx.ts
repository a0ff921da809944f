import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { E2E_PORT } from './env'

/** Debian's nginx, when installed (.ci/run installs it). */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file))

/**
 * deploy/nginx.conf for real, in front of `upstreamPort` (the e2e server by default), listening on
 * E2E_PORT + offset, with its cache and logs in a temporary folder removed by stop().
 */
export const startNginx = async (offset: number, upstreamPort = E2E_PORT) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-nginx-'))
  const port = E2E_PORT + offset
  const conf = readFileSync(path.resolve(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8')
    .replace('server portal:3000;', `server 127.0.0.1:${upstreamPort};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('server_tokens off;', `server_tokens off; access_log ${dir}/access.log;`)
    .replace('/var/cache/nginx/portal', path.join(dir, 'cache'))
  writeFileSync(path.join(dir, 'nginx.conf'), conf)
  const globals = `daemon off; pid ${dir}/nginx.pid; user root; error_log ${dir}/error.log;`
  const check = spawnSync(NGINX!, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', globals], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(check.stderr)
  const child: ChildProcess = spawn(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', globals], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  for (let tries = 0; ; tries += 1) {
    if ((await fetch(`${url}/en`).then((res) => res.status, () => 0)) === 200) break
    if (tries > 60) throw new Error('nginx did not answer')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 300))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
