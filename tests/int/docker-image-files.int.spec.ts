import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * The Docker image runs src/server/index.mjs beside Next's standalone output, which holds only what
 * Next bundled: every file our server imports must be copied in by the Dockerfile. No Docker engine
 * runs here, so this reads the Dockerfile instead of building it.
 */
const root = process.cwd()
const copied = [...readFileSync(path.join(root, 'Dockerfile'), 'utf8').matchAll(/^COPY --from=build\b.*?\/app\/(\S+)\s+\S+$/gm)].map((m) => m[1]!)
const isCopied = (file: string) => copied.some((entry) => file === entry || file.startsWith(`${entry.replace(/\/$/, '')}/`))

/** Every file reached from `entry` through relative imports. */
const reached = (entry: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(entry)) return seen
  seen.add(entry)
  for (const [, spec] of readFileSync(path.join(root, entry), 'utf8').matchAll(/^import\s[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const target = path.relative(root, path.resolve(path.dirname(path.join(root, entry)), spec!))
    expect(existsSync(path.join(root, target)), `${entry} imports ${spec}`).toBe(true)
    reached(target, seen)
  }
  return seen
}

describe('the Docker image', () => {
  it('copies every file the front server imports', () => {
    const files = [...reached('src/server/index.mjs')]
    expect(files.length).toBeGreaterThan(5)
    expect(files.filter((file) => !isCopied(file))).toEqual([])
    // It reads the messages for its refusal pages at run time.
    expect(readdirSync(path.join(root, 'messages')).every((file) => isCopied(`messages/${file}`))).toBe(true)
  })
})
