import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TranslationDetails } from '@/lib/translationState'
import { countGlobalTranslationWork } from '@/lib/translationState/countGlobalWork'
import { createActor, visitor, type Actor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let api: { url: string; close: () => Promise<void> }
let editor: Actor
let admin: Actor
let agent: Actor

// The travel guide: title and lead per language, and its sections (a localized array: one field).
const GUIDE = {
  en: { title: 'Staying in China for treatment', lead: 'Visas, money and phones for families.', sections: [{ heading: 'The medical visa', points: [{ text: 'Apply with the hospital letter.' }] }] },
  zh: { title: '在华就医期间的生活', lead: '为家属准备的签证、支付和电话指南。', sections: [{ heading: '就医签证', points: [{ text: '凭医院邀请函申请。' }] }] },
  ru: { title: 'Лечение в Китае: быт', lead: 'Визы, деньги и связь для семей.', sections: [{ heading: 'Медицинская виза', points: [{ text: 'Подайте заявление с письмом больницы.' }] }] },
  ar: { title: 'الإقامة في الصين للعلاج', lead: 'التأشيرات والمال والهواتف للعائلات.', sections: [{ heading: 'التأشيرة الطبية', points: [{ text: 'قدّم الطلب مع خطاب المستشفى.' }] }] },
}
const NEW_LEAD = 'Visas, payments, SIM cards and long stays for families.'

type State = { en?: string | null; zh?: string | null; ru?: string | null; ar?: string | null; details?: TranslationDetails }
const guideState = async () => ((await payload.findGlobal({ slug: 'travel-guide', depth: 0 })) as { translation?: State }).translation!
const post = (actor: Actor, global: string, body: unknown) =>
  fetch(`${api.url}/api/globals/${global}/translation-reviewed`, { method: 'POST', headers: { ...actor.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) })

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  // The first account in an empty database becomes admin, whatever it asks for.
  admin = await createActor(payload, api.url, 'admin')
  editor = await createActor(payload, api.url, 'editor')
  agent = await createActor(payload, api.url, 'agent')
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('translation state of a localized global (the travel guide)', () => {
  it('English only: the other languages are missing; translated into all, each is complete', async () => {
    await payload.updateGlobal({ slug: 'travel-guide', locale: 'en', data: GUIDE.en })
    expect(await guideState()).toMatchObject({ en: 'source', zh: 'missing', ru: 'missing', ar: 'missing' })
    for (const locale of ['zh', 'ru', 'ar'] as const) await payload.updateGlobal({ slug: 'travel-guide', locale, data: GUIDE[locale] })
    expect(await guideState()).toMatchObject({ en: 'source', zh: 'complete', ru: 'complete', ar: 'complete' })
  })

  it('changing an English field makes the other languages stale for that field only', async () => {
    await payload.updateGlobal({ slug: 'travel-guide', locale: 'en', data: { lead: NEW_LEAD } })
    const t = await guideState()
    expect([t.zh, t.ru, t.ar]).toEqual(['stale', 'stale', 'stale'])
    for (const locale of ['zh', 'ru', 'ar'] as const) expect(t.details!.locales[locale]).toEqual({ status: 'stale', missing: [], stale: ['lead'] })
    expect(t.details!.texts[t.details!.fields.lead!.base.zh!]).toBe(GUIDE.en.lead)
  })

  it('updating the Chinese text makes Chinese complete; the others stay stale', async () => {
    await payload.updateGlobal({ slug: 'travel-guide', locale: 'zh', data: { lead: '为家属准备的签证、支付、电话卡和长期居留指南。' } })
    const t = await guideState()
    expect([t.zh, t.ru, t.ar]).toEqual(['complete', 'stale', 'stale'])
  })

  it('an editor marks Russian reviewed (POST /api/globals/travel-guide/translation-reviewed): complete, text unchanged', async () => {
    const res = await post(editor, 'travel-guide', { locale: 'ru' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { translation: State }).translation.ru).toBe('complete')
    const t = await guideState()
    expect([t.zh, t.ru, t.ar]).toEqual(['complete', 'complete', 'stale'])
    const ru = await payload.findGlobal({ slug: 'travel-guide', locale: 'ru', fallbackLocale: false, depth: 0 })
    expect([ru.title, ru.lead, ru.sections?.[0]?.heading, ru.sections?.[0]?.points?.[0]?.text]).toEqual([GUIDE.ru.title, GUIDE.ru.lead, GUIDE.ru.sections[0]!.heading, GUIDE.ru.sections[0]!.points[0]!.text])
  })

  it('a visitor or an agent can neither mark reviewed nor read the state; an editor reads it', async () => {
    expect((await post(visitor, 'travel-guide', { locale: 'ar' })).status).toBe(403)
    expect((await post(agent, 'travel-guide', { locale: 'ar' })).status).toBe(403)
    expect((await guideState()).ar).toBe('stale')
    const read = async (actor: Actor) => ((await (await fetch(`${api.url}/api/globals/travel-guide?depth=0`, { headers: actor.headers })).json()) as { title: string; translation?: State })
    for (const actor of [visitor, agent]) {
      const doc = await read(actor)
      expect(doc.title).toBe(GUIDE.en.title)
      expect(doc.translation).toBeUndefined()
    }
    expect((await read(editor)).translation?.ar).toBe('stale')
    expect((await post(editor, 'travel-guide', { locale: 'en' })).status).toBe(400)
  })

  it('the dashboard counts the global once per locale for editors, and nothing for an agent', async () => {
    const rows = await countGlobalTranslationWork(payload, editor.user as never)
    const guide = (locale: string) => rows.find((r) => r.global === 'travel-guide' && r.locale === locale)
    expect([guide('zh'), guide('ru'), guide('ar')]).toEqual([
      { global: 'travel-guide', locale: 'zh', missing: 0, stale: 0 },
      { global: 'travel-guide', locale: 'ru', missing: 0, stale: 0 },
      { global: 'travel-guide', locale: 'ar', missing: 0, stale: 1 },
    ])
    const forAgent = await countGlobalTranslationWork(payload, agent.user as never)
    expect(forAgent.every((r) => r.missing === 0 && r.stale === 0)).toBe(true)
  })
})

describe('translation state of the site settings (admins edit them)', () => {
  it('is tracked like any document, and only who may edit the settings marks them reviewed', async () => {
    const email = 'care@example.test'
    // A phone number per language is not a translation: English having one leaves Russian complete.
    await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: { contact: { email, phone: '+86 10 5555 0100' }, disclaimer: 'General information, not medical advice.' } })
    await payload.updateGlobal({ slug: 'site-settings', locale: 'ru', data: { contact: { email }, disclaimer: 'Общая информация, не медицинская консультация.' } })
    await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: { disclaimer: 'General information only, not medical advice.' } })
    const state = async () => ((await payload.findGlobal({ slug: 'site-settings', depth: 0 })) as { translation?: State }).translation!
    const t = await state()
    expect(t.ru).toBe('stale')
    expect(t.details!.locales.ru).toEqual({ status: 'stale', missing: [], stale: ['disclaimer'] })
    expect(Object.keys(t.details!.fields)).not.toContain('contact/phone')
    expect(t.zh).toBe('missing')
    expect((await post(editor, 'site-settings', { locale: 'ru' })).status).toBe(403)
    expect((await post(admin, 'site-settings', { locale: 'ru' })).status).toBe(200)
    expect((await state()).ru).toBe('complete')
    const ru = await payload.findGlobal({ slug: 'site-settings', locale: 'ru', fallbackLocale: false, depth: 0 })
    expect(ru.disclaimer).toBe('Общая информация, не медицинская консультация.')
  })
})
