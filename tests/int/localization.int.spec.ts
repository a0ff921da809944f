import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Therapy } from '@/payload-types'
import { locales } from '@/i18n/locales'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let api: { url: string; close: () => Promise<void> }
let therapy: Therapy

const text = {
  en: { name: 'CAR-T cell therapy', summary: 'Your own T cells, taught to find leukaemia.', step: 'Cell collection', detail: 'White cells are collected from the blood.' },
  zh: { name: 'CAR-T 细胞疗法', summary: '改造患者自身的 T 细胞，让它们识别白血病细胞。', step: '细胞采集', detail: '从血液中采集白细胞。' },
  ru: { name: 'CAR-T-клеточная терапия', summary: 'Собственные Т-клетки пациента учатся находить лейкоз.', step: 'Сбор клеток', detail: 'Из крови собирают лейкоциты.' },
  ar: { name: 'العلاج بخلايا CAR-T', summary: 'خلايا T الخاصة بالمريض تتعلم التعرف على اللوكيميا.', step: 'جمع الخلايا', detail: '' },
} as const

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  therapy = await payload.create({
    collection: 'therapies',
    locale: 'en',
    data: {
      name: text.en.name,
      slug: 'car-t',
      category: 'cellTherapy',
      summary: text.en.summary,
      journey: [{ title: text.en.step, description: text.en.detail, min: 1, max: 2, unit: 'weeks' }],
      _status: 'published',
    },
  })
  // Translate everything into zh and ru; leave Arabic's step description untranslated.
  for (const locale of ['zh', 'ru', 'ar'] as const) {
    await payload.update({
      collection: 'therapies',
      id: therapy.id,
      locale,
      data: {
        name: text[locale].name,
        summary: text[locale].summary,
        journey: [
          {
            id: therapy.journey![0]!.id,
            title: text[locale].step,
            ...(text[locale].detail ? { description: text[locale].detail } : {}),
            min: 1,
            max: 2,
            unit: 'weeks',
          },
        ],
        _status: 'published',
      },
    })
  }
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('content in four languages', () => {
  it.each(locales)('round-trips the %s translation through the REST API', async (locale) => {
    const res = await fetch(`${api.url}/api/therapies/${therapy.id}?locale=${locale}`)
    expect(res.status).toBe(200)
    const doc = (await res.json()) as Therapy
    expect(doc.name).toBe(text[locale].name)
    expect(doc.summary).toBe(text[locale].summary)
    expect(doc.journey?.[0]?.title).toBe(text[locale].step)
    // Figures are shared: entered once, the same in every language.
    expect([doc.journey?.[0]?.min, doc.journey?.[0]?.max]).toEqual([1, 2])
  })

  it('falls back to English where a translation is missing', async () => {
    const ar = await payload.findByID({ collection: 'therapies', id: therapy.id, locale: 'ar' })
    expect(ar.journey?.[0]?.title).toBe(text.ar.step)
    expect(ar.journey?.[0]?.description).toBe(text.en.detail)
    const noFallback = await payload.findByID({ collection: 'therapies', id: therapy.id, locale: 'ar', fallbackLocale: false })
    expect(noFallback.journey?.[0]?.description ?? null).toBeNull()
    const zh = await payload.findByID({ collection: 'therapies', id: therapy.id, locale: 'zh' })
    expect(zh.journey?.[0]?.description).toBe(text.zh.detail)
  })

  it('returns every locale at once with locale=all', async () => {
    const res = await fetch(`${api.url}/api/therapies/${therapy.id}?locale=all`)
    const doc = (await res.json()) as { name: Record<string, string> }
    expect(doc.name).toEqual(Object.fromEntries(locales.map((l) => [l, text[l].name])))
  })

  it('keeps one ASCII slug, shared by every locale and unique in the collection', async () => {
    const zh = await payload.findByID({ collection: 'therapies', id: therapy.id, locale: 'zh' })
    expect(zh.slug).toBe('car-t')
    await expect(
      payload.create({ collection: 'therapies', data: { name: 'Another', slug: 'car-t', category: 'drug', summary: 'x' } }),
    ).rejects.toThrow()
    const res = await fetch(`${api.url}/api/therapies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', slug: 'КАР-Т', category: 'drug', summary: 'x' }),
    })
    expect(res.status).toBe(403) // visitors cannot write at all; the slug rule is checked below as an editor would hit it
    await expect(
      payload.create({ collection: 'therapies', data: { name: 'Терапия', slug: '', category: 'drug', summary: 'x' }, locale: 'ru' }),
    ).rejects.toThrow(/slug/i)
  })

  it('derives the slug from the English name when left empty', async () => {
    const doc = await payload.create({ collection: 'therapies', data: { name: 'Proton Therapy', category: 'radiation', summary: 'x' } as never })
    expect(doc.slug).toBe('proton-therapy')
  })
})
