import jsQR from 'jsqr'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { qrSvg } from '@/lib/qr'
import { SHORT_LINK_PATTERN, shortLinkUrl } from '@/lib/shortLinks'
import type { AgentLink, Therapy } from '@/payload-types'
import { createActor, visitor, type Actor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let api: { url: string; close: () => Promise<void> }
let admin: Actor
let agentA: Actor
let agentB: Actor
let coordinator: Actor
let published: Therapy
let draft: Therapy

const http = (actor: Actor, path: string, init: RequestInit = {}) =>
  fetch(`${api.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...actor.headers, ...(init.headers as Record<string, string>) } })
const newLink = (actor: Actor, body: Record<string, unknown>) => http(actor, '/api/agent-links', { method: 'POST', body: JSON.stringify(body) })
const therapy = (slug: string, status: 'published' | 'draft') =>
  payload.create({ collection: 'therapies', data: { name: slug, slug, category: 'cellTherapy', summary: 'A test.', _status: status } as never, draft: status === 'draft' })

/** Decodes a QR code drawn as SVG, as a phone camera would read it. */
const decodeQr = async (svg: string) => {
  const { data, info } = await sharp(Buffer.from(svg)).resize(400, 400).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  admin = await createActor(payload, api.url, 'admin')
  agentA = await createActor(payload, api.url, 'agent', 'agent-a@test.example')
  agentB = await createActor(payload, api.url, 'agent', 'agent-b@test.example')
  coordinator = await createActor(payload, api.url, 'coordinator')
  published = await therapy('published-therapy', 'published')
  draft = await therapy('draft-therapy', 'draft')
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('agent links', () => {
  let linkA: AgentLink

  it("an agent gets a short code for a published page, in their own name whatever the request says", async () => {
    const res = await newLink(agentA, { target: { relationTo: 'therapies', value: published.id }, locale: 'ru', agent: agentB.user!.id, code: 'AAAAAAA' })
    expect(res.status).toBe(201)
    linkA = ((await res.json()) as { doc: AgentLink }).doc
    expect(linkA.code).toMatch(SHORT_LINK_PATTERN)
    expect(linkA.code).not.toBe('AAAAAAA')
    expect(typeof linkA.agent === 'object' ? linkA.agent.id : linkA.agent).toBe(agentA.user!.id)
    expect(linkA.visits).toBe(0)
  })

  it('refuses a draft page, with a message in the user language', async () => {
    const res = await newLink(agentA, { target: { relationTo: 'therapies', value: draft.id }, locale: 'en' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Choose a published page')
    const ru = await http(agentA, '/api/agent-links', { method: 'POST', body: JSON.stringify({ target: { relationTo: 'therapies', value: draft.id }, locale: 'en' }), headers: { 'accept-language': 'ru' } })
    expect(JSON.stringify(await ru.json())).toContain('Выберите опубликованную страницу')
  })

  it("agent B cannot see, change or delete agent A's link; visitors and editors cannot make or read links", async () => {
    const listB = (await (await http(agentB, '/api/agent-links')).json()) as { docs: AgentLink[] }
    expect(listB.docs.map((d) => d.id)).not.toContain(linkA.id)
    expect((await http(agentB, `/api/agent-links/${linkA.id}`)).status).toBe(404)
    expect((await http(agentB, `/api/agent-links/${linkA.id}`, { method: 'DELETE' })).status).not.toBe(200)
    expect((await http(agentA, `/api/agent-links/${linkA.id}`, { method: 'PATCH', body: JSON.stringify({ locale: 'en' }) })).status).toBe(403)
    expect((await http(visitor, '/api/agent-links')).status).toBe(403)
    expect((await newLink(visitor, { target: { relationTo: 'therapies', value: published.id }, locale: 'en' })).status).toBe(403)
    expect((await http(visitor, '/api/link-visits')).status).toBe(403)
    const all = (await (await http(coordinator, '/api/agent-links')).json()) as { docs: AgentLink[] }
    expect(all.docs.map((d) => d.id)).toContain(linkA.id)
  })

  it('visits are counted per link (so per agent and page), and each agent reads only their own', async () => {
    await payload.create({ collection: 'link-visits', data: { link: linkA.id, agent: agentA.user!.id, target: { relationTo: 'therapies', value: published.id }, locale: 'ru' } })
    const seen = (await (await http(agentA, `/api/agent-links/${linkA.id}`)).json()) as AgentLink
    expect(seen.visits).toBe(1)
    expect(((await (await http(agentA, '/api/link-visits')).json()) as { totalDocs: number }).totalDocs).toBe(1)
    expect(((await (await http(agentB, '/api/link-visits')).json()) as { totalDocs: number }).totalDocs).toBe(0)
    expect((await http(agentA, '/api/link-visits', { method: 'POST', body: JSON.stringify({ link: linkA.id }) })).status).toBe(403)
  })

  it("the admin's QR code decodes to the agent's short link", async () => {
    const url = shortLinkUrl(linkA.code!)
    expect(await decodeQr(await qrSvg(url, url))).toBe(url)
  })

  it('an admin may make a link for a chosen agent', async () => {
    const res = await newLink(admin, { target: { relationTo: 'therapies', value: published.id }, locale: 'zh', agent: agentB.user!.id })
    expect(res.status).toBe(201)
    const doc = ((await res.json()) as { doc: AgentLink }).doc
    expect(typeof doc.agent === 'object' ? doc.agent.id : doc.agent).toBe(agentB.user!.id)
  })
})
