// The floor to compare against, in the same run: an empty Next 16 page built by the benchmark,
// and a minimal Node server sending fixed bytes (the story page's own), with no framework at all.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import { CACHE } from './tools'

const NEXT_BIN = path.resolve('node_modules', 'next', 'dist', 'bin', 'next')

/** Builds a hello-world App Router page (inside .cache so it resolves our node_modules' Next). */
export const buildHello = (lock?: string, reuse = false) => {
  const dir = path.join(CACHE, 'hello')
  if (reuse && existsSync(path.join(dir, '.next', 'BUILD_ID')) && existsSync(path.join(dir, 'next.config.mjs'))) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'app'), { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-hello', private: true }))
  // Its own (empty) config, and run from its own folder: otherwise Next takes the portal's
  // next.config.ts and instrumentation, and the floor is not an empty page.
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {}\n')
  writeFileSync(path.join(dir, 'app', 'layout.js'), 'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html> }\n')
  writeFileSync(path.join(dir, 'app', 'page.js'), "export const metadata = { title: 'Hello', description: 'Hello world' }\nexport default function Page() { return <main><h1>Hello, world</h1></main> }\n")
  console.log('[bench] building the hello-world Next page')
  const args = [NEXT_BIN, 'build']
  const { status } = spawnSync(lock ? 'flock' : process.execPath, lock ? [lock, process.execPath, ...args] : args, { cwd: dir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (status !== 0) throw new Error('the hello-world build failed')
  return dir
}

export const startHello = async (dir: string, port: number): Promise<ChildProcess> => {
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } })
  await waitFor(`http://127.0.0.1:${port}/`)
  return child
}

/** The same bytes for every request, with the content type they came with. */
export const startStatic = (port: number, body: string): Promise<Server> =>
  new Promise((resolve) => {
    const bytes = Buffer.from(body)
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': bytes.length }).end(bytes))
    server.listen(port, '127.0.0.1', () => resolve(server))
  })

export const waitFor = async (url: string, seconds = 120) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (await fetch(url).then((res) => res.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}
