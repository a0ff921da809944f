import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { seedView, textsOf } from '@/lib/contentLint/lintDocument'
import { seedDocuments } from '../helpers/contentFiles'

/**
 * The demo content is written in our own words: no run of 8 or more words from a source page.
 * The pages sit beside the repository at development time only (../shared/source-documents, or
 * SOURCE_DOCUMENTS_DIR); where they are absent the check cannot run and says so.
 */
const RUN = 8
const dir = path.resolve(process.env.SOURCE_DOCUMENTS_DIR ?? path.join(process.cwd(), '..', 'shared', 'source-documents'))
const present = existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.txt'))
if (!present) console.warn(`[no-copied-sentences] SKIPPED: no source documents at ${dir} (set SOURCE_DOCUMENTS_DIR to run this check)`)

const tokens = (text: string) => text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []
const words = (text: string) => tokens(text).map((w) => w.toLowerCase())

// A run made of a proper name ("Cancer Hospital of the Chinese Academy of Medical Sciences") is a
// name, not a copied sentence: a run counts as copied when it holds at least two lower-case
// content words as the seed writes it.
const functionWords = new Set(['of', 'the', 'and', 'for', 'in', 'a', 'an', 'to', 'by', 'at', 'on', 'with', 'it', 'is', 'was', 'its', 'or'])
const isSentenceLike = (run: string[]) => run.filter((w) => /^\p{Ll}/u.test(w) && !functionWords.has(w)).length >= 2

describe.skipIf(!present)('demo content against the source pages', () => {
  it(`copies no run of ${RUN} or more words from any source page`, () => {
    const runs = new Map<string, string>()
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const w = words(readFileSync(path.join(dir, file), 'utf8'))
      for (let i = 0; i + RUN <= w.length; i++) runs.set(w.slice(i, i + RUN).join(' '), file)
    }
    expect(runs.size).toBeGreaterThan(1000)
    const copied: string[] = []
    for (const { file, name, doc } of seedDocuments()) {
      for (const { path: where, text } of textsOf(seedView(doc, 'en'))) {
        const original = tokens(text)
        const w = original.map((t) => t.toLowerCase())
        for (let i = 0; i + RUN <= w.length; i++) {
          const run = w.slice(i, i + RUN).join(' ')
          if (runs.has(run) && isSentenceLike(original.slice(i, i + RUN))) copied.push(`${file} ${name} ${where}: "${run}" (from ${runs.get(run)})`)
        }
      }
    }
    expect(copied).toEqual([])
  })
})
