import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales, type Locale } from '@/i18n/locales'
import { seed } from '@/seed'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let first: Record<string, unknown>
let second: Record<string, unknown>

const collections = ['conditions', 'hospitals', 'departments', 'therapies', 'stories', 'media'] as const satisfies CollectionSlug[]

/** Everything the seed writes, in every locale, minus timestamps that change on each write. */
const snapshot = async () => {
  const all: Record<string, unknown> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({ collection, locale: 'all', depth: 0, limit: 500, sort: 'id' })
    all[collection] = docs.map(({ updatedAt: _u, createdAt: _c, ...doc }) => doc)
  }
  const { updatedAt: _u, createdAt: _c, ...settings } = await payload.findGlobal({ slug: 'site-settings', locale: 'all' })
  all.settings = settings
  all.users = (await payload.find({ collection: 'users', limit: 100, sort: 'id' })).docs.map((user) => [user.email, user.roles])
  return all
}

const scripts: Record<Locale, RegExp> = { en: /[A-Za-z]/, zh: /[\u4e00-\u9fff]/, ru: /[\u0400-\u04ff]/, ar: /[\u0600-\u06ff]/ }

const expectTranslated = (values: Record<string, string> | undefined, where: string) => {
  expect(values, where).toBeDefined()
  for (const locale of locales) {
    expect(values![locale], `${where} [${locale}]`).toMatch(scripts[locale])
    if (locale !== 'en') expect(values![locale], `${where} [${locale}] is a copy of English`).not.toBe(values!.en)
  }
}

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  await seed(payload)
  first = await snapshot()
  await seed(payload)
  second = await snapshot()
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('demo content', () => {
  it('is the same after seeding twice', () => {
    expect(second).toEqual(first)
  })

  it('holds the five hospitals, their departments, five therapies and at least three stories, all published', async () => {
    const count = async (collection: 'hospitals' | 'departments' | 'therapies' | 'stories') =>
      (await payload.count({ collection, where: { _status: { equals: 'published' } } })).totalDocs
    expect(await count('hospitals')).toBe(5)
    expect(await count('departments')).toBeGreaterThanOrEqual(3)
    expect(await count('therapies')).toBe(5)
    expect(await count('stories')).toBeGreaterThanOrEqual(3)
    const slugs = (await payload.find({ collection: 'therapies', limit: 10 })).docs.map((doc) => doc.slug).sort()
    expect(slugs).toEqual(['allogeneic-stem-cell-transplant', 'autologous-stem-cell-transplant', 'car-t-cell-therapy', 'nk-cell-therapy', 'proton-therapy'])
    const department = await payload.find({ collection: 'departments', where: { slug: { equals: 'pediatric-hematology-oncology' } } })
    expect(department.docs[0]?.staff?.professors).toBe(12)
  })

  it('publishes no story as a real account without a consent record; illustrative ones carry no quote and no consent record', async () => {
    const { docs } = await payload.find({ collection: 'stories', locale: 'all', depth: 0, limit: 50, where: { _status: { equals: 'published' } } })
    expect(docs.length).toBeGreaterThanOrEqual(3)
    for (const story of docs) {
      expect(['illustrative', 'realAccount'], story.slug).toContain(story.kind)
      if (story.kind === 'realAccount') {
        expect(story.consent?.givenBy && story.consent?.date && story.consent?.reference?.trim(), story.slug).toBeTruthy()
      } else {
        const quotes = Object.values((story.quote ?? {}) as unknown as Record<string, string | null>).filter((quote) => quote?.trim())
        expect({ slug: story.slug, quotes, consent: story.consent?.reference ?? null }).toEqual({ slug: story.slug, quotes: [], consent: null })
      }
    }
  })

  it('tells the CAR-T example with none of the published case’s identifying details, in any language', async () => {
    const { docs } = await payload.find({ collection: 'stories', depth: 1, limit: 50 })
    const carT = docs.find((story) => typeof story.therapy === 'object' && story.therapy.slug === 'car-t-cell-therapy')
    expect(carT?.kind).toBe('illustrative')
    const all = await payload.findByID({ collection: 'stories', id: carT!.id, locale: 'all', depth: 0 })
    const text = JSON.stringify(all)
    // The published teenager: his name, home region, hobby, the city of his check-ups, the year.
    for (const detail of [/Zhang|Haitao|张/, /Sichuan|四川|Сычуан|سيتشوان/, /basketball|篮球|баскетбол|كرة السلة/i, /Chongqing|重庆|Чунцин|تشونغتشينغ/, /2019/, /DEMO-CONSENT/]) {
      expect(text).not.toMatch(detail)
    }
    expect(all.ageGroup).not.toBe('teen')
  })

  it('is truly translated: every name, title and summary in each script, none a copy of English', () => {
    for (const collection of ['hospitals', 'departments', 'therapies', 'conditions', 'stories'] as const) {
      for (const doc of first[collection] as Record<string, Record<string, string>>[]) {
        const title = doc.name ?? doc.title
        expectTranslated(title, `${collection}/${String(doc.slug)} name`)
        if (doc.summary) expectTranslated(doc.summary, `${collection}/${String(doc.slug)} summary`)
      }
    }
    for (const image of first.media as { alt: Record<string, string> }[]) expectTranslated(image.alt, 'image alt')
    const settings = first.settings as { disclaimer: Record<string, string> }
    expectTranslated(settings.disclaimer, 'disclaimer')
  })

  it('gives every outcome figure a source', () => {
    const withOutcomes = [...(first.hospitals as { outcomes?: unknown[] }[]), ...(first.therapies as { outcomes?: unknown[] }[])]
    const outcomes = withOutcomes.flatMap((doc) => (doc.outcomes ?? []) as { value: number; source: { title: string; year: number } }[])
    expect(outcomes.length).toBeGreaterThan(5)
    for (const outcome of outcomes) {
      expect(outcome.source.title.length).toBeGreaterThan(10)
      expect(outcome.source.year).toBeGreaterThan(1980)
    }
  })

  it('copies no phone number or e-mail address from the source pages', () => {
    const text = JSON.stringify(first)
    expect(text).not.toMatch(/13264500477|1588\s?1588/)
    const emails = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []
    expect(emails.every((email) => email.endsWith('.example'))).toBe(true)
  })
})
