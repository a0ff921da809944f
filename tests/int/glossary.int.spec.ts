import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { seedView, textsOf } from '@/lib/contentLint/lintDocument'
import { glossaryFindings } from '@/lib/glossary/check'
import { glossary } from '@/lib/glossary/terms'
import { messages, seedDocuments } from '../helpers/contentFiles'

const ownFiles = new Set(['sources.ts', 'conditions.ts', 'hospitals.ts', 'departments.ts', 'therapies.ts'])

/** All running text of one locale: the seed files this suite owns plus messages. */
const corpus = (locale: (typeof locales)[number], files?: Set<string>) => [
  ...seedDocuments()
    .filter((d) => !files || files.has(d.file))
    .flatMap(({ file, name, doc }) => textsOf(seedView(doc, locale)).map((t) => ({ where: `${file} ${name} ${t.path}`, text: t.text }))),
  ...textsOf(messages().find((m) => m.locale === locale)!.json).map((t) => ({ where: `messages/${locale}.json ${t.path}`, text: t.text })),
]

describe('glossary', () => {
  it('flags the variants reported in issue 11', () => {
    expect(glossaryFindings('单倍体相合移植', 'zh').map((f) => f.use)).toEqual(['单倍型相合'])
    expect(glossaryFindings('В-клеточная лимфома', 'ru').map((f) => f.use)).toEqual(['B-клеточный'])
    expect(glossaryFindings('B-клеточная лимфома', 'ru')).toEqual([])
    expect(glossaryFindings('داء الطعم حيال الثوي', 'ar').length).toBeGreaterThan(0)
    expect(glossaryFindings('معدل البقاء الخالي من المرض', 'ar').map((f) => f.use)).toEqual(['البقاء دون مرض'])
    expect(glossaryFindings('جناح بتدفق هواء صفحي', 'ar').length).toBe(1)
  })

  it('never flags its own preferred terms', () => {
    for (const term of glossary) for (const locale of locales) if (term.use[locale]) expect(glossaryFindings(term.use[locale]!, locale), `${term.concept} [${locale}]`).toEqual([])
  })

  it.each(locales)('finds no variant in any seed file or message [%s]', (locale) => {
    // stories.ts and siteSettings.ts are included here too: one terminology for all content.
    const found = corpus(locale).flatMap(({ where, text }) => glossaryFindings(text, locale).map((f) => `${where}: «${f.found}» → «${f.use}»`))
    expect(found).toEqual([])
  })

  it.each(locales.filter((l) => l !== 'en'))('uses the glossary term wherever the English content names the concept [%s]', (locale) => {
    const english = corpus('en', ownFiles).map((t) => t.text.toLowerCase()).join('\n')
    const own = corpus(locale, ownFiles).map((t) => t.text.toLowerCase()).join('\n')
    const missing = glossary.filter((term) => term.use.en && term.use[locale] && english.includes(term.use.en.toLowerCase()) && !own.includes(term.use[locale]!.toLowerCase()))
    expect(missing.map((term) => `${term.concept}: «${term.use[locale]}»`)).toEqual([])
  })
})
