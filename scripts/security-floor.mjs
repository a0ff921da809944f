#!/usr/bin/env node
// `node scripts/security-floor.mjs [--lock file] [--floor file]`: fails (exit 1) when
// package-lock.json resolves any copy of a package below the version security-floor.json names.
// Every production copy counts, nested ones too: an old copy deep in the tree is still loaded.
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** -1, 0 or 1; a pre-release sorts below its release (16.2.3-canary.1 < 16.2.3). */
export const compareVersions = (a, b) => {
  const [coreA, preA] = a.split('-', 2)
  const [coreB, preB] = b.split('-', 2)
  const partsA = coreA.split('.').map(Number)
  const partsB = coreB.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    if ((partsA[i] || 0) !== (partsB[i] || 0)) return (partsA[i] || 0) < (partsB[i] || 0) ? -1 : 1
  }
  if (preA && !preB) return -1
  if (!preA && preB) return 1
  return 0
}

/** Every resolved copy of a package below its floor, as { name, version, min, where, advisories }. */
export const findBelowFloor = (lock, floor) => {
  const below = []
  for (const [where, entry] of Object.entries(lock.packages || {})) {
    // Development-only copies (mailparser's own nodemailer, say) never run in production.
    if (!where || !entry.version || entry.dev) continue
    const name = entry.name || where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)
    const rule = floor.floors[name]
    if (rule && compareVersions(entry.version, rule.min) < 0) below.push({ name, version: entry.version, min: rule.min, where, advisories: rule.advisories })
  }
  return below
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
if (isMain) {
  const arg = (flag, fallback) => {
    const i = process.argv.indexOf(flag)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const lock = JSON.parse(readFileSync(arg('--lock', 'package-lock.json'), 'utf8'))
  const floor = JSON.parse(readFileSync(arg('--floor', 'security-floor.json'), 'utf8'))
  const below = findBelowFloor(lock, floor)
  for (const b of below) {
    console.error(`security floor: ${b.name} ${b.version} (${b.where}) is below ${b.min} [${b.advisories.join(', ') || 'kept in step'}]`)
  }
  if (below.length) process.exit(1)
  console.log(`security floor: ${Object.keys(floor.floors).length} packages at or above their floor`)
}
