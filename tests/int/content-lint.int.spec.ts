import { describe, expect, it } from 'vitest'

import { lintDocument, lintSeedDocument, seedView, sourcedFiguresOf } from '@/lib/contentLint/lintDocument'
import { lintText } from '@/lib/contentLint/lintText'
import { messages, seedDocuments } from '../helpers/contentFiles'

const format = (findings: { rule: string; locale: string; found: string; where?: string }[], file: string, name: string) =>
  findings.map((f) => `${file} ${name} [${f.locale}] ${f.where ?? ''}: ${f.rule} «${f.found}»`)

describe('content lint rules', () => {
  it('flags superlatives added in translation, in every language', () => {
    expect(lintText("China's largest hospital", 'en').map((f) => f.rule)).toContain('superlative')
    expect(lintText('是我国规模最大的医院，国家级标杆', 'zh').filter((f) => f.rule === 'superlative')).toHaveLength(2)
    expect(lintText('признаётся лучшей больницей', 'ru').map((f) => f.rule)).toContain('superlative')
    expect(lintText('بأنه من الأفضل في الصين', 'ar').map((f) => f.rule)).toContain('superlative')
    expect(lintText('results comparable to sibling transplants', 'en').map((f) => f.rule)).toContain('superlative')
  })

  it('does not flag ordinary words that only look alike', () => {
    expect(lintText('immature cells build up, leading to low blood counts; better results', 'en')).toEqual([])
    expect(lintText('Протонная терапия не лучше при всех опухолях', 'ru')).toEqual([])
    expect(lintText('第一次完全缓解期移植，最多 5 个文件', 'zh')).toEqual([])
  })

  it('flags guarantees and cure claims, but not their denial', () => {
    expect(lintText('We guarantee a cure.', 'en').map((f) => f.rule)).toEqual(['guarantee', 'guarantee'])
    expect(lintText('Remission is not the same as cure.', 'en')).toEqual([])
    expect(lintText('可以根治白血病', 'zh').map((f) => f.rule)).toEqual(['guarantee'])
    expect(lintText('但缓解并不等于治愈', 'zh')).toEqual([])
    expect(lintText('гарантированное излечение', 'ru')).toHaveLength(2)
    expect(lintText('نضمن لك الشفاء', 'ar')).toHaveLength(2)
  })

  it('flags a percentage that no sourced figure of the same document backs', () => {
    expect(lintText('a remission rate above 90%', 'en').map((f) => f.rule)).toEqual(['unsourcedFigure'])
    expect(lintText('a remission rate above 90%', 'en', new Set([90]))).toEqual([])
    expect(lintText('60%–70% in second remission', 'en', new Set([60]))).toHaveLength(1)
    expect(lintText('60%–70% in second remission', 'en', new Set([60, 70]))).toEqual([])
    const doc = { summary: 'over 90% in trials', outcomes: [{ value: 90, source: 1 }] }
    expect(lintDocument(doc, 'en')).toEqual([])
    expect(lintDocument({ ...doc, outcomes: [{ value: 90, source: null }] }, 'en').map((f) => f.rule)).toEqual(['unsourcedFigure'])
  })

  it('flags English left in another language, not names or abbreviations', () => {
    expect(lintText('医生会 discuss the options 与您', 'zh').map((f) => f.rule)).toEqual(['englishLeft'])
    expect(lintText('发表于《Journal of Leukemia》，HLA 配型，CAR-T', 'zh')).toEqual([])
  })
})

// A percentage in any seed text must be one of the seed's sourced outcome figures (a department
// page may quote its hospital's figures).
const documents = seedDocuments()
const seedFigures = new Set(documents.flatMap(({ doc }) => [...sourcedFiguresOf(seedView(doc, 'en'))]))
const files = [...new Set(documents.map((d) => d.file))]

describe('content lint over the demo content and messages', () => {
  it.each(files)('finds nothing in src/seed/data/%s, in any language', (file) => {
    const findings = documents.filter((d) => d.file === file).flatMap(({ name, doc }) => format(lintSeedDocument(doc, seedFigures), file, name))
    expect(findings).toEqual([])
  })

  it('finds nothing in messages/*.json', () => {
    const findings = messages().flatMap(({ locale, json }) => format(lintDocument(json, locale), `messages/${locale}.json`, ''))
    expect(findings).toEqual([])
  })
})
