import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET } from '@/app/(frontend)/r/[code]/route'
import { pendingVisitCount, retryPendingVisits } from '@/lib/shortLinks/countVisit'
import type { AgentLink } from '@/payload-types'
import { createActor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/** `/r/<code>` as visitors, scripts and crawlers open it: the route handler itself, with real requests. */
let payload: Payload
let api: { url: string; close: () => Promise<void> }
let link: AgentLink

const BROWSER = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36'
const open = (headers: Record<string, string> = {}, code = link.code!) =>
  GET(new NextRequest(`http://portal.test/r/${code}`, { headers: { 'user-agent': BROWSER, 'x-forwarded-for': '203.0.113.5', ...headers } }), {
    params: Promise.resolve({ code }),
  })
const visits = async () => (await payload.count({ collection: 'link-visits', where: { link: { equals: link.id } } })).totalDocs

beforeAll(async () => {
  process.env.TRUSTED_PROXIES = '127.0.0.1,::1'
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  await createActor(payload, api.url, 'admin')
  const agent = await createActor(payload, api.url, 'agent')
  const therapy = await payload.create({ collection: 'therapies', data: { name: 'CAR-T', slug: 'car-t', category: 'cellTherapy', summary: 'x', _status: 'published' } as never })
  link = await payload.create({ collection: 'agent-links', data: { target: { relationTo: 'therapies', value: therapy.id }, locale: 'ru', agent: agent.user!.id } as never })
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('short-link visits', () => {
  it('200 cookieless requests from one visitor count as one visit, each still redirected with the referral cookie', async () => {
    for (let i = 0; i < 200; i += 1) {
      const res = await open()
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe('/ru/therapies/car-t')
      if (i === 0) expect(res.headers.get('set-cookie')).toMatch(/cc_ref=/)
    }
    expect(await visits()).toBe(1)
  })

  it('another address or another browser is another visitor', async () => {
    await open({ 'x-forwarded-for': '198.51.100.9' })
    await open({ 'user-agent': `${BROWSER} Edg/130.0` })
    expect(await visits()).toBe(3)
  })

  it.each([
    'WhatsApp/2.23.20.0 A',
    'TelegramBot (like TwitterBot)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
    'Viber/13.3.0.2 CFNetwork',
  ])('does not count a link-preview crawler or robot: %s', async (userAgent) => {
    const before = await visits()
    const res = await open({ 'user-agent': userAgent, 'x-forwarded-for': '192.0.2.77' })
    expect(res.status).toBe(302)
    expect(await visits()).toBe(before)
  })

  it('stores a keyed hash, not the address or the browser', async () => {
    const { docs } = await payload.find({ collection: 'link-visits', where: { link: { equals: link.id } }, limit: 10 })
    for (const doc of docs) {
      expect(doc.visitor).toMatch(/^[\w-]{43}$/)
      expect(JSON.stringify(doc)).not.toMatch(/203\.0\.113|198\.51\.100|Mozilla/)
    }
  })

  it('with the database down, still redirects to the page and keeps the visit for a retry', async () => {
    const before = await visits()
    const down = () => Promise.reject(new Error('SQLITE_CANTOPEN: unable to open database file'))
    const find = vi.spyOn(payload, 'find').mockImplementation(down as never)
    const count = vi.spyOn(payload, 'count').mockImplementation(down as never)
    const errors = vi.spyOn(payload.logger, 'error')
    let res: Response
    try {
      res = await open({ 'x-forwarded-for': '192.0.2.200' })
    } finally {
      find.mockRestore()
      count.mockRestore()
    }
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/ru/therapies/car-t')
    expect(errors.mock.calls.map((call) => String(call[1] ?? call[0]))).toEqual(
      expect.arrayContaining([expect.stringMatching(/could not resolve/), expect.stringMatching(/could not count a visit/)]),
    )
    errors.mockRestore()
    expect(pendingVisitCount()).toBe(1)
    await retryPendingVisits(payload)
    expect(pendingVisitCount()).toBe(0)
    expect(await visits()).toBe(before + 1)
  })
})
