import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const check = (lockFile?: string) =>
  spawnSync('node', ['scripts/security-floor.mjs', ...(lockFile ? ['--lock', lockFile] : [])], { cwd: root, encoding: 'utf8' })

type Lock = { packages: Record<string, { version?: string; dev?: boolean }> }
const floor = JSON.parse(readFileSync(path.join(root, 'security-floor.json'), 'utf8')) as {
  floors: Record<string, { min: string; advisories: string[]; verified: boolean }>
}

describe('security floor', () => {
  it('names an advisory for every floor it says is verified', () => {
    for (const [name, rule] of Object.entries(floor.floors)) {
      if (rule.verified) expect(rule.advisories.length, name).toBeGreaterThan(0)
      for (const id of rule.advisories) expect(id, name).toMatch(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/)
    }
  })

  it('passes on the committed package-lock.json', () => {
    const run = check()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('fails when the lock file resolves a production package below its floor, even a nested copy', () => {
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lock
    lock.packages['node_modules/next']!.version = '16.0.6'
    lock.packages['node_modules/some-tool/node_modules/nodemailer'] = { version: '7.0.6' }
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-floor-')), 'package-lock.json')
    writeFileSync(file, JSON.stringify(lock))
    const run = check(file)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/next 16\.0\.6 .* below 16\.2\.3 \[GHSA-9qr9-h5gf-34mp/)
    expect(run.stderr).toMatch(/nodemailer 7\.0\.6 \(node_modules\/some-tool\/node_modules\/nodemailer\)/)
  })

  it('ignores development-only copies, which never run in production', () => {
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lock
    lock.packages['node_modules/some-tool/node_modules/nodemailer'] = { version: '6.0.0', dev: true }
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-floor-')), 'package-lock.json')
    writeFileSync(file, JSON.stringify(lock))
    expect(check(file).status).toBe(0)
  })
})
