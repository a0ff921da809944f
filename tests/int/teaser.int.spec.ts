import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { teaser } from '@/lib/text/teaser'
import { therapies } from '@/seed/data/therapies'

// Cards send only what their four lines show (src/lib/text/teaser.ts), never a changed word.
describe('a card summary cut to its teaser', () => {
  it('keeps a short summary whole, and cuts a long one at a sentence or a word, saying so', () => {
    expect(teaser('Short.', 'en')).toBe('Short.')
    const long = 'First sentence of the summary stays whole here. ' + 'Then a much longer second sentence follows it '.repeat(5) + 'end.'
    expect(teaser(long, 'en')).toBe('First sentence of the summary stays whole here. …')
    expect(teaser('word '.repeat(80).trim(), 'ru')).toMatch(/^(word ){30,}word…$/)
    expect(teaser(`${'一'.repeat(60)}。${'二'.repeat(80)}。`, 'zh')).toBe(`${'一'.repeat(60)}。…`)
  })

  it('is always the start of the summary, within the card, for every seeded therapy in every language', () => {
    for (const therapy of therapies) {
      for (const [locale, summary] of Object.entries(therapy.summary as Record<string, string>)) {
        const cut = teaser(summary, locale)
        expect(summary.startsWith(cut.replace(/ ?…$/, ''))).toBe(true)
        expect(cut.length).toBeLessThanOrEqual(locale === 'zh' ? 102 : 202)
      }
    }
  })

  it('never adds or changes a word, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.constantFrom('en', 'zh', 'ru', 'ar'), (text, locale) => {
        const cut = teaser(text, locale)
        if (cut === text) return
        expect(cut.endsWith('…')).toBe(true)
        expect(text.startsWith(cut.replace(/ ?…$/, ''))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
