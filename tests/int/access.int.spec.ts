import { createLocalReq, type Payload, type PayloadRequest, type RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Hospital, Inquiry, MedicalRecord, User } from '@/payload-types'
import { createActor, visitor, type Actor, type ActorName } from '../helpers/actors'
import { makePdf } from '../helpers/files'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * The access table of the CMS issue, cell by cell, twice: through real HTTP requests to the REST
 * API, and through the Local API with overrideAccess: false and the same user.
 */
type Cell = boolean | 'all' | 'own' | 'self' | 'caseAccounts' | 'none'
type Capability = 'readPublished' | 'readDrafts' | 'writeContent' | 'createInquiry' | 'readInquiries' | 'readRecords' | 'readUsers'

const table: Record<ActorName, Record<Capability, Cell>> = {
  // Visitors send inquiries through the public form only (tests/int/inquiry-form.int.spec.ts), never the API.
  visitor: { readPublished: true, readDrafts: false, writeContent: false, createInquiry: false, readInquiries: 'none', readRecords: false, readUsers: 'none' },
  // 'own': the reference, status, dates and initials of the inquiries they referred (AGENT_SEES).
  agent: { readPublished: true, readDrafts: false, writeContent: false, createInquiry: true, readInquiries: 'own', readRecords: false, readUsers: 'self' },
  editor: { readPublished: true, readDrafts: true, writeContent: true, createInquiry: false, readInquiries: 'none', readRecords: false, readUsers: 'self' },
  // 'caseAccounts': their own, and the coordinators, admins and agents a case names (by name and role only).
  coordinator: { readPublished: true, readDrafts: false, writeContent: false, createInquiry: true, readInquiries: 'all', readRecords: true, readUsers: 'caseAccounts' },
  admin: { readPublished: true, readDrafts: true, writeContent: true, createInquiry: true, readInquiries: 'all', readRecords: true, readUsers: 'all' },
}

// Hidden means absent; Payload returns a read-protected array field as [] (it says nothing either).
const isHidden = (doc: object, field: string) => {
  const value = (doc as Record<string, unknown>)[field]
  return value === undefined || (Array.isArray(value) && value.length === 0)
}
/**
 * All an agent reads of a case they referred: its reference, status and dates, and the patient's
 * initials. Anything else (the name, the country, the therapy or hospital asked about, the page it
 * was sent from, the consents, the language) can tell someone's illness or who they are.
 */
const AGENT_SEES = new Set(['id', 'reference', 'status', 'createdAt', 'updatedAt', 'initials', 'agent'])
const shownToAgent = (doc: object) => Object.keys(doc).filter((field) => !isHidden(doc, field) && !AGENT_SEES.has(field))
const expectOnlyWhatAgentsSee = (docs: Inquiry[]) => {
  for (const doc of docs) expect(shownToAgent(doc)).toEqual([])
  expect(docs.every((doc) => typeof doc.status === 'string' && typeof doc.reference === 'string' && doc.initials === 'P. P.')).toBe(true)
}

let payload: Payload
let api: { url: string; close: () => Promise<void> }
const actors = {} as Record<ActorName, Actor>
let otherAgent: Actor
let published: Hospital
let draft: Hospital
let record: MedicalRecord
let counter = 0

const hospitalData = () => {
  counter += 1
  return { name: `Test hospital ${counter}`, slug: `test-hospital-${counter}`, city: 'Tianjin', kind: 'specialty', summary: 'A test.' } as const
}
const inquiryData = (
  extra: Partial<Pick<Inquiry, 'agent' | 'records' | 'internalNotes' | 'status' | 'coordinator'>> = {},
): RequiredDataFromCollectionSlug<'inquiries'> => ({
  name: 'Patient Petrova',
  email: 'family@example.org',
  country: 'KZ',
  preferredLanguage: 'ru' as const,
  status: 'new' as const,
  diagnosis: 'B-ALL, second relapse',
  sourcePage: '/ru/therapies/car-t-cell-therapy',
  consent: { given: true, version: 'v1', at: new Date().toISOString() },
  transferConsent: { given: true, version: 'v1', at: new Date().toISOString() },
  ...extra,
})

const asUser = (actor: Actor) => (actor.user ? { ...actor.user, collection: 'users' as const } : null)
const http = (actor: Actor, path: string, init: RequestInit = {}) =>
  fetch(`${api.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...actor.headers, ...(init.headers as Record<string, string>) },
  })
const attempt = async (fn: () => Promise<unknown>): Promise<boolean> => {
  try {
    await fn()
    return true
  } catch (error) {
    if ((error as { status?: number }).status === 403 || (error as Error).name === 'Forbidden') return false
    throw error
  }
}

const CASE_ROLES = ['coordinator', 'admin', 'agent']
/** Which accounts a user's list holds; a colleague's e-mail, referral code and language stay hidden. */
const usersCell = async (actor: Actor, docs: User[]): Promise<Cell> => {
  if (docs.length === 0) return 'none'
  if (docs.length === 1 && docs[0]!.id === actor.user?.id) return 'self'
  if (docs.length === (await payload.count({ collection: 'users' })).totalDocs) return 'all'
  const others = docs.filter((doc) => doc.id !== actor.user?.id)
  const expected = await payload.count({ collection: 'users', where: { roles: { in: CASE_ROLES }, id: { not_equals: actor.user?.id } } })
  const onlyCaseAccounts = others.every((doc) => doc.roles.some((role) => CASE_ROLES.includes(role)))
  const namesOnly = others.every((doc) => doc.email === undefined && doc.referralCode === undefined && doc.language === undefined && typeof doc.displayName === 'string')
  return onlyCaseAccounts && namesOnly && others.length === expected.totalDocs ? 'caseAccounts' : 'none'
}

const rest: Record<Capability, (actor: Actor) => Promise<Cell>> = {
  readPublished: async (actor) => {
    const res = await http(actor, `/api/hospitals/${published.id}`)
    return res.status === 200 && ((await res.json()) as Hospital).name === published.name
  },
  readDrafts: async (actor) => {
    const res = await http(actor, `/api/hospitals/${draft.id}?draft=true`)
    const list = (await (await http(actor, `/api/hospitals?draft=true&limit=100`)).json()) as { docs: Hospital[] }
    const inList = list.docs.some((doc) => doc.id === draft.id)
    expect(res.status === 200).toBe(inList)
    return res.status === 200
  },
  writeContent: async (actor) => {
    const res = await http(actor, '/api/hospitals', { method: 'POST', body: JSON.stringify({ ...hospitalData(), _status: 'published' }) })
    const patch = await http(actor, `/api/hospitals/${published.id}`, { method: 'PATCH', body: JSON.stringify({ province: 'Tianjin' }) })
    expect(patch.status === 200).toBe(res.status === 201)
    return res.status === 201
  },
  createInquiry: async (actor) => (await http(actor, '/api/inquiries', { method: 'POST', body: JSON.stringify(inquiryData()) })).status === 201,
  readInquiries: async (actor) => {
    const res = await http(actor, '/api/inquiries?limit=100&depth=0')
    if (res.status === 403 || res.status === 401) return 'none'
    const { docs } = (await res.json()) as { docs: Inquiry[] }
    const total = await payload.count({ collection: 'inquiries' })
    if (docs.length === total.totalDocs) return 'all'
    expect(docs.every((doc) => doc.agent === actor.user?.id)).toBe(true)
    expectOnlyWhatAgentsSee(docs)
    return docs.length > 0 ? 'own' : 'none'
  },
  readRecords: async (actor) => {
    const res = await http(actor, `/api/medical-records/${record.id}`)
    const file = await http(actor, `/api/medical-records/file/${record.filename}`)
    expect(file.status === 200).toBe(res.status === 200)
    if (file.status === 200) expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    return res.status === 200
  },
  readUsers: async (actor) => {
    const res = await http(actor, '/api/users?limit=100')
    if (res.status === 403 || res.status === 401) return 'none'
    const { docs } = (await res.json()) as { docs: User[] }
    return usersCell(actor, docs)
  },
}

const local: Record<Capability, (actor: Actor) => Promise<Cell>> = {
  readPublished: async (actor) =>
    attempt(() => payload.findByID({ collection: 'hospitals', id: published.id, overrideAccess: false, user: asUser(actor) })),
  readDrafts: async (actor) =>
    attempt(() => payload.findByID({ collection: 'hospitals', id: draft.id, draft: true, overrideAccess: false, user: asUser(actor) })).catch(
      () => false,
    ),
  writeContent: async (actor) =>
    attempt(() => payload.create({ collection: 'hospitals', data: hospitalData(), overrideAccess: false, user: asUser(actor) })),
  createInquiry: async (actor) =>
    attempt(() => payload.create({ collection: 'inquiries', data: inquiryData(), overrideAccess: false, user: asUser(actor) })),
  readInquiries: async (actor) => {
    const ok = await attempt(() => payload.find({ collection: 'inquiries', overrideAccess: false, user: asUser(actor), limit: 1 }))
    if (!ok) return 'none'
    const { docs } = await payload.find({ collection: 'inquiries', overrideAccess: false, user: asUser(actor), limit: 100, depth: 0 })
    const total = await payload.count({ collection: 'inquiries' })
    if (docs.length === total.totalDocs) return 'all'
    expect(docs.every((doc) => doc.agent === actor.user?.id)).toBe(true)
    expectOnlyWhatAgentsSee(docs)
    return docs.length > 0 ? 'own' : 'none'
  },
  readRecords: async (actor) =>
    attempt(() => payload.findByID({ collection: 'medical-records', id: record.id, overrideAccess: false, user: asUser(actor) })),
  readUsers: async (actor) => {
    const ok = await attempt(() => payload.find({ collection: 'users', overrideAccess: false, user: asUser(actor) }))
    if (!ok) return 'none'
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: asUser(actor), limit: 100 })
    return usersCell(actor, docs)
  },
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  actors.visitor = visitor
  // The admin first: the first account in an empty database always becomes an admin (firstUserIsAdmin).
  for (const role of ['admin', 'agent', 'editor', 'coordinator'] as const) actors[role] = await createActor(payload, api.url, role)
  otherAgent = await createActor(payload, api.url, 'agent', 'agent-b@test.example')

  published = await payload.create({ collection: 'hospitals', data: { ...hospitalData(), _status: 'published' } })
  draft = await payload.create({ collection: 'hospitals', data: { ...hospitalData(), _status: 'draft' }, draft: true })
  const pdf = makePdf()
  record = await payload.create({ collection: 'medical-records', data: {}, file: { data: pdf, mimetype: 'application/pdf', name: 'scan.pdf', size: pdf.length } })
  await payload.create({
    collection: 'inquiries',
    data: inquiryData({ agent: actors.agent.user!.id, records: [record.id], internalNotes: 'Called the family on Monday.' }),
  })
  await payload.create({ collection: 'inquiries', data: inquiryData({ agent: otherAgent.user!.id }) })
  await payload.create({ collection: 'inquiries', data: inquiryData() })
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe.each(['rest', 'local'] as const)('access table through the %s API', (transport) => {
  const cases = (Object.keys(table) as ActorName[]).flatMap((name) =>
    (Object.keys(table[name]) as Capability[]).map((capability) => [name, capability, table[name][capability]] as const),
  )
  it.each(cases)('%s · %s → %s', async (name, capability, expected) => {
    const check = transport === 'rest' ? rest[capability] : local[capability]
    expect(await check(actors[name])).toBe(expected)
  })
})

describe('inquiries: fields a visitor or agent cannot set', () => {
  it('a visitor cannot open an inquiry through the API at all (the public form is the way in)', async () => {
    const before = await payload.count({ collection: 'inquiries' })
    const res = await http(visitor, '/api/inquiries', { method: 'POST', body: JSON.stringify(inquiryData()) })
    expect(res.status).toBe(403)
    expect(await payload.count({ collection: 'inquiries' })).toEqual(before)
  })

  it('an agent cannot set status, coordinator, notes, history, reference or submission key', async () => {
    const res = await http(actors.agent, '/api/inquiries', {
      method: 'POST',
      body: JSON.stringify({
        ...inquiryData({ status: 'closed', internalNotes: 'x', coordinator: actors.admin.user!.id }),
        statusHistory: [{ status: 'closed', changedAt: '2020-01-01T00:00:00.000Z' }],
        reference: 'CC-0000-AAAAA',
        submissionKey: 'forged',
        pageLocale: 'ru',
      }),
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number | string } }
    const stored = await payload.findByID({ collection: 'inquiries', id: doc.id, depth: 0 })
    expect(stored.status).toBe('new')
    expect(stored.internalNotes ?? null).toBeNull()
    expect(stored.coordinator ?? null).toBeNull()
    expect(stored.statusHistory?.map((row) => [row.status, row.changedBy])).toEqual([['new', actors.agent.user!.id]])
    expect(stored.reference).toMatch(/^CC-\d{4}-[A-Z2-9]{5}$/)
    expect(stored.submissionKey).toMatch(/^staff:/)
    expect(stored.pageLocale ?? null).toBeNull()
  })

  it('an inquiry an agent files is attributed to that agent, whatever the request says', async () => {
    const res = await http(actors.agent, '/api/inquiries', { method: 'POST', body: JSON.stringify(inquiryData({ agent: otherAgent.user!.id })) })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number | string } }
    expect((await payload.findByID({ collection: 'inquiries', id: doc.id, depth: 0 })).agent).toBe(actors.agent.user!.id)
  })

  it('an agent opening their referral by ID reads its reference, status, dates and initials only: nothing that names the illness or the person', async () => {
    const mine = await payload.find({ collection: 'inquiries', where: { agent: { equals: actors.agent.user!.id } }, limit: 1 })
    const res = await http(actors.agent, `/api/inquiries/${mine.docs[0]!.id}?depth=1`)
    expect(res.status).toBe(200)
    const doc = (await res.json()) as Inquiry
    expect(shownToAgent(doc)).toEqual([])
    expect(JSON.stringify(doc)).not.toMatch(/Petrova|B-ALL|car-t|"KZ"/)
  })

  it('an agent cannot find out a referral’s name or diagnosis by querying on it', async () => {
    for (const where of ['where[name][like]=Petrova', 'where[diagnosis][like]=ALL', 'where[therapy][exists]=false', 'where[sourcePage][like]=car-t']) {
      const res = await http(actors.agent, `/api/inquiries?${where}&depth=0`)
      // Payload refuses a query on a field the user cannot read (a 400 naming the path); it never filters by it.
      expect(res.status, where).toBe(400)
      expect(JSON.stringify(await res.json())).not.toMatch(/Petrova|B-ALL|"docs"/)
    }
  })

  it("agent A cannot open agent B's inquiry by ID", async () => {
    const theirs = await payload.find({ collection: 'inquiries', where: { agent: { equals: otherAgent.user!.id } }, limit: 1 })
    const res = await http(actors.agent, `/api/inquiries/${theirs.docs[0]!.id}`)
    expect([403, 404]).toContain(res.status)
  })

  it('only coordinators and admins move a case along', async () => {
    const mine = await payload.find({ collection: 'inquiries', where: { agent: { equals: actors.agent.user!.id } }, limit: 1 })
    const id = mine.docs[0]!.id
    expect((await http(actors.agent, `/api/inquiries/${id}`, { method: 'PATCH', body: JSON.stringify({ status: 'closed' }) })).status).toBe(403)
    const res = await http(actors.coordinator, `/api/inquiries/${id}`, { method: 'PATCH', body: JSON.stringify({ status: 'contacted' }) })
    expect(res.status).toBe(200)
    const updated = await payload.findByID({ collection: 'inquiries', id, depth: 0 })
    expect(updated.status).toBe('contacted')
    // Every change is kept with who made it and when; a save that keeps the status adds nothing.
    const history = updated.statusHistory ?? []
    expect(history.map((row) => row.status)).toEqual(['new', 'contacted'])
    expect(history[1]!.changedBy).toBe(actors.coordinator.user!.id)
    expect(Date.now() - Date.parse(history[1]!.changedAt)).toBeLessThan(60_000)
    await http(actors.coordinator, `/api/inquiries/${id}`, { method: 'PATCH', body: JSON.stringify({ internalNotes: 'Records requested.' }) })
    expect((await payload.findByID({ collection: 'inquiries', id, depth: 0 })).statusHistory).toHaveLength(2)
    // Nobody, admins included, rewrites the history through the API.
    await http(actors.admin, `/api/inquiries/${id}`, { method: 'PATCH', body: JSON.stringify({ statusHistory: [] }) })
    expect((await payload.findByID({ collection: 'inquiries', id, depth: 0 })).statusHistory).toHaveLength(2)
  })
})

describe('users', () => {
  it('carries roles in the JWT', async () => {
    const token = actors.coordinator.headers.authorization!.replace('JWT ', '')
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { roles: string[] }
    expect(claims.roles).toEqual(['coordinator'])
  })

  it('gives every agent a unique referral code, and nobody else one', async () => {
    const agents = await payload.find({ collection: 'users', where: { roles: { contains: 'agent' } } })
    const codes = agents.docs.map((user) => user.referralCode)
    expect(codes.every((code) => typeof code === 'string' && /^[A-Z2-9]{8}$/.test(code))).toBe(true)
    expect(new Set(codes).size).toBe(codes.length)
    expect((await payload.findByID({ collection: 'users', id: actors.editor.user!.id })).referralCode ?? null).toBeNull()
  })

  it('does not let a user grant themselves a role', async () => {
    const res = await http(actors.editor, `/api/users/${actors.editor.user!.id}`, { method: 'PATCH', body: JSON.stringify({ roles: ['admin'] }) })
    expect(res.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: actors.editor.user!.id })).roles).toEqual(['editor'])
  })

  it('lets only admins unlock a locked account', async () => {
    const body = JSON.stringify({ email: 'agent-b@test.example' })
    expect((await http(actors.coordinator, '/api/users/unlock', { method: 'POST', body })).status).toBe(403)
    expect((await http(actors.admin, '/api/users/unlock', { method: 'POST', body })).status).toBe(200)
  })
})

/**
 * Every collection and global in the sanitized config, Payload's own included, with who may do
 * what: one letter per actor (visitor, agent, editor, coordinator, admin). Y: every document; S:
 * some (the rule answers with a query: own rows, published ones); N: none. A collection or global
 * that appears without a row (a new one of ours, or one a Payload upgrade adds) fails the test.
 */
type Letters = `${'Y' | 'S' | 'N'}${'Y' | 'S' | 'N'}${'Y' | 'S' | 'N'}${'Y' | 'S' | 'N'}${'Y' | 'S' | 'N'}`
type Row = { read: Letters; create: Letters; update: Letters; delete: Letters }
const CONTENT: Row = { read: 'SSYSY', create: 'NNYNY', update: 'NNYNY', delete: 'NNYNY' }
const collectionRows: Record<string, Row> = {
  hospitals: CONTENT,
  departments: CONTENT,
  doctors: CONTENT,
  therapies: CONTENT,
  // Conditions have no drafts: everyone reads them all.
  conditions: { ...CONTENT, read: 'YYYYY' },
  sources: { ...CONTENT, read: 'YYYYY' },
  stories: CONTENT,
  media: { read: 'YYYYY', create: 'NNYNY', update: 'NNYNY', delete: 'NNYNY' },
  inquiries: { read: 'NSNYY', create: 'NYNYY', update: 'NNNYY', delete: 'NNNNY' },
  'medical-records': { read: 'NNNYY', create: 'NNNYY', update: 'NNNYY', delete: 'NNNYY' },
  'agent-links': { read: 'NSNYY', create: 'NYNNY', update: 'NNNNY', delete: 'NSNNY' },
  'link-visits': { read: 'NSNYY', create: 'NNNNN', update: 'NNNNN', delete: 'NNNNN' },
  'chat-taps': { read: 'NSNYY', create: 'NNNNN', update: 'NNNNN', delete: 'NNNNN' },
  users: { read: 'NSSSY', create: 'NNNNY', update: 'NSSSY', delete: 'NNNNY' },
  // Payload's own. Locks: own ones and those on what the user may edit (the hook checks each write).
  'payload-locked-documents': { read: 'NSSSY', create: 'NYYYY', update: 'NSSSY', delete: 'NSSSY' },
  // Each user's own admin preferences (Payload's rule; the user field is always set to the caller).
  'payload-preferences': { read: 'NSSSS', create: 'NYYYY', update: 'NSSSS', delete: 'NSSSS' },
  'payload-migrations': { read: 'NNNNY', create: 'NNNNN', update: 'NNNNN', delete: 'NNNNN' },
  // Saved list views: coordinators and admins, each preset's own sharing rules on top.
  'payload-query-presets': { read: 'NNNSS', create: 'NNNYY', update: 'NNNSS', delete: 'NNNSS' },
  'payload-kv': { read: 'NNNNN', create: 'NNNNN', update: 'NNNNN', delete: 'NNNNN' },
  // Registered only when something turns them on; rows here so they are covered when that happens.
  // Admins read failed mails and delete jobs (src/jobs/index.ts); nobody writes them through the API.
  'payload-jobs': { read: 'NNNNY', create: 'NNNNN', update: 'NNNNN', delete: 'NNNNY' },
  'payload-folders': { read: 'NNYNY', create: 'NNYNY', update: 'NNYNY', delete: 'NNYNY' },
}
const globalRows: Record<string, { read: Letters; update: Letters }> = {
  'site-settings': { read: 'YYYYY', update: 'NNNNY' },
  'travel-guide': { read: 'YYYYY', update: 'NNYNY' },
  'payload-jobs-stats': { read: 'NNNNN', update: 'NNNNN' },
}
const ACTOR_ORDER: ActorName[] = ['visitor', 'agent', 'editor', 'coordinator', 'admin']
const letter = (result: unknown) => (result === true ? 'Y' : result && typeof result === 'object' ? 'S' : 'N')

describe("every collection and global, Payload's own included, has its access row", () => {
  const rulesOf = async (access: Record<string, ((args: { req: PayloadRequest }) => unknown) | undefined>, ops: string[]) => {
    const row: Record<string, string> = {}
    for (const op of ops) {
      let letters = ''
      for (const name of ACTOR_ORDER) {
        const req = await createLocalReq({ user: asUser(actors[name]) ?? undefined }, payload)
        letters += letter(access[op] ? await access[op]!({ req }) : false)
      }
      row[op] = letters
    }
    return row
  }

  it('lists each collection of the sanitized config, and each gets the access of its row', async () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs.filter((slug) => !collectionRows[slug]), 'collections without a row in collectionRows').toEqual([])
    const actual: Record<string, unknown> = {}
    const expected: Record<string, unknown> = {}
    for (const collection of payload.config.collections) {
      actual[collection.slug] = await rulesOf(collection.access as never, ['read', 'create', 'update', 'delete'])
      expected[collection.slug] = collectionRows[collection.slug]
    }
    expect(actual).toEqual(expected)
  })

  it('lists each global, and each gets the access of its row', async () => {
    const slugs = payload.config.globals.map((global) => global.slug)
    expect(slugs.filter((slug) => !globalRows[slug]), 'globals without a row in globalRows').toEqual([])
    for (const global of payload.config.globals) {
      expect(await rulesOf(global.access as never, ['read', 'update']), global.slug).toEqual(globalRows[global.slug])
    }
  })

  it('lets no signed-in agent, editor or coordinator run, queue or cancel jobs', async () => {
    for (const name of ['agent', 'editor', 'coordinator'] as const) {
      const req = await createLocalReq({ user: asUser(actors[name])! }, payload)
      for (const op of ['run', 'queue', 'cancel'] as const) {
        expect(await payload.config.jobs.access?.[op]?.({ req }), `${name} · ${op}`).toBeFalsy()
      }
    }
  })

  it("keeps each user's admin preferences their own: none written in another's name, none read across", async () => {
    const res = await http(actors.agent, '/api/payload-preferences', {
      method: 'POST',
      body: JSON.stringify({ key: 'forged', value: { x: 1 }, user: { relationTo: 'users', value: actors.admin.user!.id } }),
    })
    expect(res.status).toBe(201)
    const { docs } = await payload.find({ collection: 'payload-preferences', where: { key: { equals: 'forged' } }, depth: 0 })
    expect(docs.map((doc) => doc.user.value)).toEqual([actors.agent.user!.id])
    const list = (await (await http(actors.editor, '/api/payload-preferences?limit=100')).json()) as { docs?: unknown[] }
    expect(list.docs ?? []).toEqual([])
  })

  it('serves the migrations list to admins only, and lets nobody write it through the API', async () => {
    for (const name of ['visitor', 'agent', 'editor', 'coordinator'] as const) {
      expect((await http(actors[name], '/api/payload-migrations')).status, name).not.toBe(200)
    }
    // Payload answers a collection without endpoints with 501; there is simply nothing here.
    expect((await http(actors.admin, '/api/payload-migrations')).status).toBe(404)
    const res = await http(actors.admin, '/api/payload-migrations', { method: 'POST', body: JSON.stringify({ name: 'forged', batch: 99 }) })
    expect(res.status).toBe(404)
    expect((await payload.count({ collection: 'payload-migrations', where: { name: { equals: 'forged' } } })).totalDocs).toBe(0)
  })
})

describe('document locks (someone forging "X is editing" to block saves)', () => {
  const lockBody = (relationTo: string, value: number | string, userId: number | string) =>
    JSON.stringify({ document: { relationTo, value }, user: { relationTo: 'users', value: userId } })
  let inquiryId: number | string

  beforeAll(async () => {
    inquiryId = (await payload.find({ collection: 'inquiries', limit: 1, depth: 0 })).docs[0]!.id
  })
  const clearLocks = () => payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })

  it("an agent or editor cannot lock an inquiry in a coordinator's name (nor their own), so the coordinator's save goes through", async () => {
    await clearLocks()
    for (const name of ['agent', 'editor'] as const) {
      for (const owner of [actors.coordinator, actors[name]]) {
        const res = await http(actors[name], '/api/payload-locked-documents', { method: 'POST', body: lockBody('inquiries', inquiryId, owner.user!.id) })
        expect(res.status, `${name} locking as ${owner.name}`).toBe(403)
      }
    }
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
    const save = await http(actors.coordinator, `/api/inquiries/${inquiryId}`, { method: 'PATCH', body: JSON.stringify({ internalNotes: 'Still mine.' }) })
    expect(save.status).toBe(200)
  })

  it("a coordinator may lock an inquiry in their own name only, not in an admin's", async () => {
    await clearLocks()
    const forged = await http(actors.coordinator, '/api/payload-locked-documents', { method: 'POST', body: lockBody('inquiries', inquiryId, actors.admin.user!.id) })
    expect(forged.status).toBe(403)
    const own = await http(actors.coordinator, '/api/payload-locked-documents', { method: 'POST', body: lockBody('inquiries', inquiryId, actors.coordinator.user!.id) })
    expect(own.status).toBe(201)
  })

  it('an editor cannot lock a draft hospital as someone else, nor a global only admins edit', async () => {
    await clearLocks()
    expect((await http(actors.editor, '/api/payload-locked-documents', { method: 'POST', body: lockBody('hospitals', draft.id, actors.admin.user!.id) })).status).toBe(403)
    const global = await http(actors.editor, '/api/payload-locked-documents', {
      method: 'POST',
      body: JSON.stringify({ globalSlug: 'site-settings', user: { relationTo: 'users', value: actors.editor.user!.id } }),
    })
    expect(global.status).toBe(403)
    expect((await http(actors.editor, '/api/payload-locked-documents', { method: 'POST', body: lockBody('hospitals', draft.id, actors.editor.user!.id) })).status).toBe(201)
  })

  it("an agent neither reads other users' locks nor deletes them; the holder and admins do", async () => {
    await clearLocks()
    const lock = await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'inquiries', value: inquiryId as number }, user: { relationTo: 'users', value: actors.coordinator.user!.id } },
    })
    const listed = await http(actors.agent, '/api/payload-locked-documents?limit=100')
    expect(listed.status).toBe(200)
    expect(((await listed.json()) as { docs: unknown[] }).docs).toEqual([])
    const mine = (await (await http(actors.coordinator, '/api/payload-locked-documents?limit=100')).json()) as { docs: { id: unknown }[] }
    expect(mine.docs.map((doc) => doc.id)).toEqual([lock.id])
    const others = await http(actors.editor, '/api/payload-locked-documents?limit=100')
    expect(((await others.json()) as { docs: unknown[] }).docs).toEqual([])
    expect([403, 404]).toContain((await http(actors.agent, `/api/payload-locked-documents/${lock.id}`)).status)
    await http(actors.agent, `/api/payload-locked-documents/${lock.id}`, { method: 'DELETE' })
    await http(actors.agent, `/api/payload-locked-documents?where[id][exists]=true`, { method: 'DELETE' })
    await http(actors.editor, `/api/payload-locked-documents/${lock.id}`, { method: 'DELETE' })
    await http(actors.agent, `/api/payload-locked-documents/${lock.id}`, { method: 'PATCH', body: JSON.stringify({ user: { relationTo: 'users', value: actors.agent.user!.id } }) })
    expect((await payload.findByID({ collection: 'payload-locked-documents', id: lock.id, depth: 0 })).user.value).toBe(actors.coordinator.user!.id)
    // An admin sees it; the holder removes it.
    expect((await http(actors.admin, `/api/payload-locked-documents/${lock.id}`)).status).toBe(200)
    expect((await http(actors.coordinator, `/api/payload-locked-documents/${lock.id}`, { method: 'DELETE' })).status).toBe(200)
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })

  it("the admin's own lock lookup (Local API, as the user) works for whoever may edit the document", async () => {
    await clearLocks()
    const lookup = (actor: Actor, relationTo: string, value: number | string) =>
      payload.find({
        collection: 'payload-locked-documents',
        where: { and: [{ 'document.relationTo': { equals: relationTo } }, { 'document.value': { equals: value } }] },
        overrideAccess: false,
        user: asUser(actor),
        depth: 1,
      })
    expect((await lookup(actors.coordinator, 'inquiries', inquiryId)).docs).toEqual([])
    expect((await lookup(actors.editor, 'hospitals', draft.id)).docs).toEqual([])
    expect((await lookup(actors.agent, 'agent-links', 1)).docs).toEqual([])
  })

  it('the same rules hold through the Local API with a user', async () => {
    await clearLocks()
    const forge = () =>
      payload.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'inquiries', value: inquiryId as number }, user: { relationTo: 'users', value: actors.coordinator.user!.id } },
        overrideAccess: false,
        user: asUser(actors.agent),
      })
    await expect(forge()).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })
})

describe("medical records are linked only by the form's own code", () => {
  it("an agent, coordinator or admin cannot attach a stored record to an inquiry through REST", async () => {
    for (const name of ['agent', 'coordinator', 'admin'] as const) {
      const res = await http(actors[name], '/api/inquiries', { method: 'POST', body: JSON.stringify(inquiryData({ records: [record.id] })) })
      expect(res.status, name).toBe(201)
      const { doc } = (await res.json()) as { doc: { id: number | string } }
      expect((await payload.findByID({ collection: 'inquiries', id: doc.id, depth: 0 })).records ?? [], name).toEqual([])
    }
  })

  it('nor on an existing inquiry, through REST or the Local API with a user', async () => {
    const target = await payload.create({ collection: 'inquiries', data: inquiryData() })
    for (const name of ['coordinator', 'admin'] as const) {
      await http(actors[name], `/api/inquiries/${target.id}`, { method: 'PATCH', body: JSON.stringify({ records: [record.id] }) })
      await payload.update({ collection: 'inquiries', id: target.id, data: { records: [record.id] }, overrideAccess: false, user: asUser(actors[name]) })
      await payload
        .create({ collection: 'inquiries', data: inquiryData({ records: [record.id] }), overrideAccess: false, user: asUser(actors[name]) })
        .then((doc) => expect(doc.records ?? []).toEqual([]))
    }
    expect((await payload.findByID({ collection: 'inquiries', id: target.id, depth: 0 })).records ?? []).toEqual([])
  })
})
