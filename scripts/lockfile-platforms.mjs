#!/usr/bin/env node
// Run after `npm install` changes package-lock.json. The registry our machines reach serves only
// the Linux builds of @swc/core (needed by next-intl) and @next/swc, so npm leaves the macOS and
// Windows ones out of the lock file, and `npm ci` then refuses the lock as out of sync. Each is
// recorded here with its os/cpu, so `npm ci` skips it on Linux (nothing is fetched) and installs it
// on the platform it is for.
import { readFileSync, writeFileSync } from 'node:fs'

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const version = (name) => lock.packages[`node_modules/${name}`]?.version
const platforms = {
  '@swc/core': [['darwin-arm64', 'darwin', 'arm64'], ['darwin-x64', 'darwin', 'x64'], ['linux-arm-gnueabihf', 'linux', 'arm'], ['linux-ppc64-gnu', 'linux', 'ppc64'], ['linux-s390x-gnu', 'linux', 's390x'], ['win32-arm64-msvc', 'win32', 'arm64'], ['win32-ia32-msvc', 'win32', 'ia32'], ['win32-x64-msvc', 'win32', 'x64']],
  '@next/swc': [['darwin-arm64', 'darwin', 'arm64'], ['darwin-x64', 'darwin', 'x64'], ['win32-arm64-msvc', 'win32', 'arm64'], ['win32-x64-msvc', 'win32', 'x64']],
}
const parentVersion = { '@swc/core': version('@swc/core'), '@next/swc': version('next') }
let added = 0
for (const [prefix, list] of Object.entries(platforms)) {
  for (const [suffix, os, cpu] of list) {
    const key = `node_modules/${prefix}-${suffix}`
    if (lock.packages[key] || !parentVersion[prefix]) continue
    lock.packages[key] = { version: parentVersion[prefix], cpu: [cpu], license: 'MIT', optional: true, os: [os], engines: { node: '>=10' } }
    added += 1
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
writeFileSync('package-lock.json', `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`)
console.log(`lockfile-platforms: ${added} entr${added === 1 ? 'y' : 'ies'} added`)
