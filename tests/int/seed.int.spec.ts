import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales, type Locale } from '@/i18n/locales'
import { seed } from '@/seed'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let first: Record<string, unknown>
let second: Record<string, unknown>

const collections = ['sources', 'conditions', 'hospitals', 'departments', 'therapies', 'stories', 'media'] as const satisfies CollectionSlug[]

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

  it('gives every outcome figure a source with a kind and a title, and states time point, patients and period', async () => {
    const read = async (collection: 'hospitals' | 'therapies') => (await payload.find({ collection, depth: 1, limit: 50, locale: 'all' })).docs
    const docs = [...(await read('hospitals')), ...(await read('therapies'))] as unknown as { slug: string; outcomes?: Record<string, unknown>[] }[]
    const outcomes = docs.flatMap((doc) => (doc.outcomes ?? []).map((row) => ({ slug: doc.slug, row })))
    expect(outcomes.length).toBeGreaterThan(10)
    for (const { slug, row } of outcomes) {
      const source = row.source as { kind?: string; title?: Record<string, string>; url?: string | null }
      expect(source?.kind, slug).toMatch(/^(hospitalPage|journalArticle|trialRegistry|agencyArticle|faq)$/)
      for (const locale of locales) expect(source.title?.[locale]?.length, `${slug} source title [${locale}]`).toBeGreaterThan(10)
      // A citation, never a file name.
      expect(JSON.stringify(source)).not.toMatch(/source-documents|\.txt/)
      for (const detail of ['timePoint', 'patients', 'period'] as const) {
        const stated = row[detail] as { stated?: string; count?: number; text?: Record<string, string> }
        expect(stated?.stated, `${slug} ${detail}`).toMatch(/^(given|notStated)$/)
        if (stated.stated === 'given') expect(stated.count ?? stated.text?.en, `${slug} ${detail} value`).toBeTruthy()
      }
      if (row.valueMax != null) expect(row.valueMax as number).toBeGreaterThan(row.value as number)
    }
    // "60–70%" stays a range, and no figure carries a year its source does not attach to it.
    expect(outcomes.some(({ row }) => row.value === 60 && row.valueMax === 70)).toBe(true)
    expect(JSON.stringify(outcomes)).not.toMatch(/"year":/)
  })

  it('links a therapy to a hospital only through a sourced status row, and shows CAR-T as a clinical trial', async () => {
    const { docs } = await payload.find({ collection: 'therapies', depth: 1, limit: 50 })
    for (const therapy of docs) {
      const fromRows = new Set((therapy.offeredAt ?? []).flatMap((row) => (row.hospital && typeof row.hospital === 'object' ? [row.hospital.id] : [])))
      const linked = (therapy.hospitals ?? []).map((h) => (typeof h === 'object' ? h.id : h))
      expect(new Set(linked), therapy.slug).toEqual(fromRows)
      for (const row of therapy.offeredAt ?? []) expect(row.source && typeof row.source === 'object' && row.source.title, therapy.slug).toBeTruthy()
    }
    const carT = docs.find((doc) => doc.slug === 'car-t-cell-therapy')!
    expect(carT.offeredAt?.length).toBeGreaterThan(0)
    expect(carT.offeredAt!.every((row) => row.status === 'clinicalTrial')).toBe(true)
    expect(carT.hospitals ?? []).toEqual([])
    const rankings = (await payload.find({ collection: 'hospitals', limit: 50 })).docs.flatMap((h) => h.rankings ?? [])
    for (const ranking of rankings) expect([ranking.rankedBy, ranking.year, ranking.source]).not.toContain(null)
  })

  it('copies no phone number or e-mail address from the source pages', () => {
    const text = JSON.stringify(first)
    expect(text).not.toMatch(/13264500477|1588\s?1588/)
    const emails = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []
    expect(emails.every((email) => email.endsWith('.example'))).toBe(true)
  })
})
