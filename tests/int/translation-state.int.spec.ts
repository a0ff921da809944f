import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Therapy } from '@/payload-types'
import type { TranslationDetails } from '@/lib/translationState'
import { countTranslationWork } from '@/lib/translationState/countWork'
import { createActor, visitor, type Actor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let api: { url: string; close: () => Promise<void> }
let editor: Actor

const EN = { name: 'CAR-T cell therapy', summary: 'Your own T cells, changed to find leukaemia.', step: 'Cell collection', detail: 'White cells are collected.' }
const ZH = { name: 'CAR-T 细胞疗法', summary: '改造自身的 T 细胞来识别白血病。', step: '细胞采集', detail: '采集白细胞。' }
const RU = { name: 'CAR-T-терапия', summary: 'Собственные Т-клетки учатся находить лейкоз.', step: 'Сбор клеток', detail: 'Собирают лейкоциты.' }
const AR = { name: 'العلاج بخلايا CAR-T', summary: 'خلايا T الخاصة بك تتعلم التعرف على اللوكيميا.', step: 'جمع الخلايا', detail: 'تُجمع خلايا الدم البيضاء.' }

type WithState = { translation?: { en?: string; zh?: string; ru?: string; ar?: string; details?: TranslationDetails } }
const state = async (id: number, draft = false) =>
  ((await payload.findByID({ collection: 'therapies', id, depth: 0, draft })) as Therapy & WithState).translation!

const translateAll = async (id: number, journeyId: string) => {
  for (const [locale, t] of [['zh', ZH], ['ru', RU], ['ar', AR]] as const) {
    await payload.update({
      collection: 'therapies',
      id,
      locale,
      data: { name: t.name, summary: t.summary, journey: [{ id: journeyId, title: t.step, description: t.detail, min: 1, max: 2, unit: 'weeks' }], _status: 'published' },
    })
  }
}

const createTherapy = async (slug: string) =>
  payload.create({
    collection: 'therapies',
    locale: 'en',
    data: { name: EN.name, slug, category: 'cellTherapy', summary: EN.summary, journey: [{ title: EN.step, description: EN.detail, min: 1, max: 2, unit: 'weeks' }], _status: 'published' },
  })

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  // The first account in an empty database becomes admin: it goes first, so `editor` is an editor.
  await createActor(payload, api.url, 'admin')
  editor = await createActor(payload, api.url, 'editor')
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('translation state, computed on every save', () => {
  let therapy: Therapy

  it('a new document with only English is missing in the other three languages', async () => {
    therapy = await createTherapy('car-t-state')
    const t = await state(therapy.id)
    expect([t.en, t.zh, t.ru, t.ar]).toEqual(['source', 'missing', 'missing', 'missing'])
    expect(t.details!.locales.zh!.missing.sort()).toEqual([`journey/${therapy.journey![0]!.id}/description`, `journey/${therapy.journey![0]!.id}/title`, 'name', 'summary'].sort())
  })

  it('translated into every language, each is complete', async () => {
    await translateAll(therapy.id, therapy.journey![0]!.id!)
    const t = await state(therapy.id)
    expect([t.en, t.zh, t.ru, t.ar]).toEqual(['source', 'complete', 'complete', 'complete'])
  })

  it('changing an English field makes the other languages stale for that field only, keeping the old source text', async () => {
    await payload.update({ collection: 'therapies', id: therapy.id, locale: 'en', data: { summary: 'Your own T cells, re-engineered to recognise leukaemia cells.' } })
    const t = await state(therapy.id)
    expect([t.en, t.zh, t.ru, t.ar]).toEqual(['source', 'stale', 'stale', 'stale'])
    for (const locale of ['zh', 'ru', 'ar'] as const) expect(t.details!.locales[locale]).toMatchObject({ missing: [], stale: ['summary'] })
    const summary = t.details!.fields.summary!
    expect(t.details!.texts[summary.base.ru!]).toBe(EN.summary)
    expect(t.details!.texts[summary.source]).toBe('Your own T cells, re-engineered to recognise leukaemia cells.')
  })

  it('a change inside an array row is tracked for that row field', async () => {
    const row = therapy.journey![0]!
    await payload.update({ collection: 'therapies', id: therapy.id, locale: 'en', data: { journey: [{ id: row.id, title: EN.step, description: 'White blood cells are collected by apheresis.', min: 1, max: 2, unit: 'weeks' }] } })
    const t = await state(therapy.id)
    expect(t.details!.locales.zh!.stale.sort()).toEqual([`journey/${row.id}/description`, 'summary'])
    expect(t.details!.fields[`journey/${row.id}/description`]!.path).toBe('journey.0.description')
  })

  it('updating the Chinese text makes Chinese complete, the others stay stale', async () => {
    const row = therapy.journey![0]!
    await payload.update({
      collection: 'therapies',
      id: therapy.id,
      locale: 'zh',
      data: { summary: '改造患者自身的 T 细胞，使其识别白血病细胞。', journey: [{ id: row.id, title: ZH.step, description: '通过单采采集白细胞。', min: 1, max: 2, unit: 'weeks' }] },
    })
    const t = await state(therapy.id)
    expect([t.zh, t.ru, t.ar]).toEqual(['complete', 'stale', 'stale'])
  })

  it('marking Russian reviewed (REST) makes Russian complete without changing its text', async () => {
    const res = await fetch(`${api.url}/api/therapies/${therapy.id}/translation-reviewed`, {
      method: 'POST',
      headers: { ...editor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'ru' }),
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { translation: { ru: string } }).translation.ru).toBe('complete')
    const t = await state(therapy.id)
    expect([t.zh, t.ru, t.ar]).toEqual(['complete', 'complete', 'stale'])
    const ru = await payload.findByID({ collection: 'therapies', id: therapy.id, locale: 'ru', fallbackLocale: false })
    expect([ru.name, ru.summary, ru.journey![0]!.description]).toEqual([RU.name, RU.summary, RU.detail])
  })

  it('visitors can neither mark reviewed nor read the state; a bad locale is a translated 400', async () => {
    const post = (actor: Actor, body: unknown, language = 'en') =>
      fetch(`${api.url}/api/therapies/${therapy.id}/translation-reviewed`, {
        method: 'POST',
        headers: { ...actor.headers, 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify(body),
      })
    expect((await post(visitor, { locale: 'ar' })).status).toBe(403)
    expect((await state(therapy.id)).ar).toBe('stale')
    const bad = await post(editor, { locale: 'en' }, 'zh')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('源语言')
    expect((await post(editor, { locale: 'xx' })).status).toBe(400)
    const publicDoc = (await (await fetch(`${api.url}/api/therapies/${therapy.id}`)).json()) as WithState & { name: string }
    expect(publicDoc.name).toBe(EN.name)
    expect(publicDoc.translation).toBeUndefined()
  })

  it('a client cannot write the state: it is always derived', async () => {
    const res = await fetch(`${api.url}/api/therapies/${therapy.id}?locale=en`, {
      method: 'PATCH',
      headers: { ...editor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ translation: { ar: 'complete', details: null } }),
    })
    expect(res.status).toBe(200)
    expect((await state(therapy.id)).ar).toBe('stale')
  })

  it('REST and list filters find documents by state ("Arabic: stale")', async () => {
    const other = await createTherapy('only-english')
    const query = (where: string) => fetch(`${api.url}/api/therapies?${where}&depth=0`, { headers: editor.headers }).then((r) => r.json() as Promise<{ docs: { id: number }[] }>)
    expect((await query('where[translation.ar][equals]=stale')).docs.map((d) => d.id)).toEqual([therapy.id])
    expect((await query('where[translation.ru][equals]=missing')).docs.map((d) => d.id)).toEqual([other.id])
  })

  it('a draft is reviewed as a draft: the published document keeps its own state', async () => {
    await payload.update({ collection: 'therapies', id: therapy.id, locale: 'en', draft: true, data: { name: 'CAR-T cell therapy (draft title)', _status: 'draft' } })
    expect((await state(therapy.id, true)).ru).toBe('stale')
    expect((await state(therapy.id)).ru).toBe('complete')
    await payload.update({ collection: 'therapies', id: therapy.id, locale: 'en', data: {}, draft: true, context: { translationReviewed: ['ru'] } })
    expect((await state(therapy.id, true)).ru).toBe('complete')
    const published = await payload.findByID({ collection: 'therapies', id: therapy.id, locale: 'en' })
    expect(published.name).toBe(EN.name)
  })
})

describe('the translation dashboard', () => {
  it('counts, per collection and locale, the missing and stale documents the database holds', async () => {
    await payload.create({ collection: 'conditions', locale: 'en', data: { name: 'Acute myeloid leukaemia', slug: 'aml', summary: 'A blood cancer.' } })
    const rows = await countTranslationWork(payload, editor.user as never)
    for (const collection of ['therapies', 'conditions'] as const) {
      const docs = (await payload.find({ collection, draft: true, depth: 0, limit: 100, pagination: false })).docs as WithState[]
      for (const locale of ['zh', 'ru', 'ar'] as const) {
        const row = rows.find((r) => r.collection === collection && r.locale === locale)
        expect(row).toEqual({
          collection,
          locale,
          missing: docs.filter((d) => d.translation?.[locale] === 'missing').length,
          stale: docs.filter((d) => d.translation?.[locale] === 'stale').length,
        })
      }
    }
    // Not all zeros: the fixtures above leave work in both columns.
    expect(rows.find((r) => r.collection === 'conditions' && r.locale === 'zh')!.missing).toBe(1)
    expect(rows.find((r) => r.collection === 'therapies' && r.locale === 'ar')!.stale).toBeGreaterThan(0)
    // Collections without translated text have no row.
    expect(rows.some((r) => (r.collection as string) === 'inquiries')).toBe(false)
  })
})
