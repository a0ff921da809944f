import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { E2E_PORT, e2eEnv } from './env'

const root = path.resolve(import.meta.dirname, '../..')

export type ServerProcess = { url: string; pid: number; stop: () => Promise<void> }

/**
 * A second production server from the same build and database as the e2e server, with other
 * settings (e.g. no TRUSTED_PROXIES), on a port of this checkout's range (E2E_PORT + offset). It is
 * started the way `npm start` starts the portal. E2E_SERVER_COMMAND replaces that command, to
 * check a test against another server (the old `next start`, say). It runs no jobs: on the shared
 * database it would send the e2e server's queued e-mails itself, without the test mailbox.
 */
export const startServer = async (offset: number, env: Record<string, string> = {}): Promise<ServerProcess> => {
  const port = E2E_PORT + offset
  const url = `http://127.0.0.1:${port}`
  const [command, ...args] = (process.env.E2E_SERVER_COMMAND ?? 'node src/server/index.mjs').split(' ')
  const child: ChildProcess = spawn(command!, args, {
    cwd: root,
    env: { ...process.env, ...e2eEnv, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation', LISTEN_ADDRESS: '127.0.0.1', TRUSTED_PROXIES: '', PORT: String(port), PUBLIC_SERVER_URL: url, JOBS_AUTORUN: 'false', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited with ${child.exitCode}`)
    const ready = await fetch(`${url}/en`).then((res) => res.ok, () => false)
    if (ready) break
    if (Date.now() > deadline) throw new Error(`the server on port ${port} did not start`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

/** Resident memory of a process and all its children, in MiB (Linux /proc). */
export const residentMiB = (pid: number): number => {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  let kib = 0
  const visit = (id: number) => {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      return
    }
    for (const child of children.get(id) ?? []) visit(child)
  }
  visit(pid)
  return kib / 1024
}
