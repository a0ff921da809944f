import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { waitFor } from './hello'

/** deploy/nginx.conf as compose runs it, in front of the benchmark's portal, cache in a temp folder. */
export const startNginx = async (port: number, upstreamPort: number) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-bench-nginx-'))
  const conf = readFileSync('deploy/nginx.conf', 'utf8')
    .replace('server portal:3000;', `server 127.0.0.1:${upstreamPort};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('server_tokens off;', 'server_tokens off; access_log off;')
    .replace('/var/cache/nginx/portal', path.join(dir, 'cache'))
  writeFileSync(path.join(dir, 'nginx.conf'), conf)
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => spawnSync('test', ['-x', file]).status === 0)
  if (!nginx) throw new Error('nginx is not installed (apt-get install nginx)')
  const globals = `daemon off; pid ${dir}/nginx.pid; user root; error_log ${dir}/error.log;`
  const child = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', globals], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/en`, 15)
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 300))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
