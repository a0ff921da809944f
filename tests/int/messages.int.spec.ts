import { readFileSync } from 'node:fs'

import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'

type Tree = { [key: string]: string | Tree }

const load = (locale: string): Tree => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'))
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)))

const english = new Map(flatten(load('en')))
// Names that stay the same in every language.
const PROPER_NOUNS = new Set(['China Care', 'WhatsApp', 'Telegram'])

describe('messages', () => {
  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the keys of en', (locale) => {
    const keys = flatten(load(locale)).map(([key]) => key)
    const missing = [...english.keys()].filter((key) => !keys.includes(key))
    const extra = keys.filter((key) => !english.has(key))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  it.each(locales)('%s: every message is valid ICU and none is an English copy', (locale) => {
    for (const [key, text] of flatten(load(locale))) {
      expect(() => new IntlMessageFormat(text, locale), key).not.toThrow()
      if (locale !== 'en' && !PROPER_NOUNS.has(text) && /[a-z]{4,}/i.test(english.get(key) ?? '')) expect(text, `${locale}.${key}`).not.toBe(english.get(key))
    }
  })

  it('formats plurals per language (Russian few/many, Arabic dual)', () => {
    const ru = flatten(load('ru')).find(([key]) => key === 'hospitals.results')![1]
    const ar = flatten(load('ar')).find(([key]) => key === 'hospitals.results')![1]
    const format = (text: string, locale: string, count: number) => String(new IntlMessageFormat(text, locale).format({ count }))
    expect(format(ru, 'ru', 2)).not.toBe(format(ru, 'ru', 5))
    expect(format(ar, 'ar', 2)).not.toBe(format(ar, 'ar', 3))
  })
})
