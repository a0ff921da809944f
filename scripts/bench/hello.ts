// The floor to compare against, in the same run: an empty Next 16 page built by the benchmark,
// and a minimal Node server sending fixed bytes (the story page's own), with no framework at all.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Outside the portal's tree, with its own node_modules: inside it, Next takes the portal's folder
// as the project root (its lockfile) and builds the portal's instrumentation into the empty page.
const dir = path.join(tmpdir(), 'portal-bench-hello')
const NEXT_BIN = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next')
// The very versions the portal runs, from npm's cache when it has them.
const version = (name: string) => (JSON.parse(readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

/** Builds a hello-world App Router page with the portal's Next and React, and an empty config. */
export const buildHello = (lock?: string, reuse = false) => {
  if (reuse && existsSync(path.join(dir, '.next', 'BUILD_ID')) && existsSync(NEXT_BIN)) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'app'), { recursive: true })
  const dependencies = Object.fromEntries(['next', 'react', 'react-dom'].map((name) => [name, version(name)]))
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-hello', private: true, dependencies }))
  console.log(`[bench] installing ${Object.entries(dependencies).map(([n, v]) => `${n}@${v}`).join(', ')} for the hello-world page`)
  const installed = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline'], { cwd: dir, stdio: 'inherit' })
  if (installed.status !== 0) throw new Error('could not install Next for the hello-world page')
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default { turbopack: { root: import.meta.dirname } }\n')
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
