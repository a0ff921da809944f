// The benchmark's own tools, installed at bench time into .cache/bench (not in package.json, so
// `npm ci` for the tests stays lean): Lighthouse 12 (runs on Node 20) and autocannon.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export const CACHE = path.resolve('.cache', 'bench')
const PACKAGES = ['lighthouse@12', 'autocannon@8']

export const installTools = () => {
  mkdirSync(CACHE, { recursive: true })
  if (existsSync(path.join(CACHE, 'node_modules', 'lighthouse')) && existsSync(path.join(CACHE, 'node_modules', 'autocannon'))) return
  console.log(`[bench] installing ${PACKAGES.join(', ')} into ${path.relative(process.cwd(), CACHE)}`)
  const { status } = spawnSync('npm', ['install', '--prefix', CACHE, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', ...PACKAGES], { stdio: 'inherit' })
  if (status !== 0) throw new Error('could not install the benchmark tools')
}

export type AutocannonResult = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number }
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>

export const autocannon = (): Autocannon => createRequire(path.join(CACHE, 'package.json'))('autocannon') as Autocannon
export const lighthouseCli = () => path.join(CACHE, 'node_modules', 'lighthouse', 'cli', 'index.js')
