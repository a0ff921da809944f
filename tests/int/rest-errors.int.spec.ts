import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActor, type Actor } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * A visitor's (or editor's) own bad request gets a 4xx from Payload's REST API, never a 500 with
 * a stack trace: malformed IDs, missing files, routes a collection or global does not have, odd
 * query parameters.
 */
let payload: Payload
let api: { url: string; close: () => Promise<void> }
let editor: Actor
let hospitalId: number | string

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  await createActor(payload, api.url, 'admin')
  editor = await createActor(payload, api.url, 'editor')
  hospitalId = (await payload.create({ collection: 'hospitals', data: { name: 'H', slug: 'h', city: 'Tianjin', kind: 'specialty', summary: 'x', _status: 'published' } })).id
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const PATHS = [
  '/api/hospitals/abc',
  '/api/hospitals/1abc',
  '/api/hospitals/-1',
  '/api/hospitals/99999999999999999999999',
  '/api/hospitals/507f1f77bcf86cd799439011',
  '/api/hospitals/%zz',
  '/api/hospitals/%',
  '/api/stories/abc',
  '/api/users/abc',
  '/api/inquiries/abc',
  '/api/media/abc',
  '/api/media/file/missing.jpg',
  '/api/media/file/..%2f..%2fetc%2fpasswd',
  '/api/media/file/%zz',
  '/api/medical-records/file/missing.pdf',
  '/api/globals/site-settings/versions',
  '/api/globals/site-settings/versions/abc',
  '/api/globals/site-settings/versions/1',
  '/api/globals/nope',
  '/api/hospitals/versions/abc',
  '/api/hospitals/versions/99999',
  '/api/conditions/versions',
  '/api/conditions/versions/1',
  '/api/hospitals?depth=abc',
  '/api/hospitals?depth=-1',
  '/api/hospitals?depth=99999',
  '/api/hospitals?limit=-1',
  '/api/hospitals?limit=abc',
  '/api/hospitals?page=-1',
  '/api/hospitals?page=abc',
  '/api/hospitals?sort=nonexistent',
  '/api/hospitals?sort=-nonexistent',
  '/api/hospitals?locale=xx',
  '/api/hospitals?fallback-locale=xx',
  '/api/hospitals?where[name][bogus]=1',
  '/api/hospitals?where[nonexistent][equals]=1',
  '/api/hospitals?where[id][equals]=abc',
  '/api/hospitals?where[id][in]=abc,def',
  '/api/hospitals?where[beds][greater_than]=abc',
  '/api/hospitals?where[name][near]=abc',
  '/api/hospitals?where[createdAt][greater_than]=notadate',
  '/api/hospitals?where[or][0][name][like]=%',
  '/api/hospitals?where=abc',
  '/api/hospitals?where[name]=abc',
  '/api/hospitals?select[nonexistent]=true',
  '/api/hospitals?select=abc',
  '/api/hospitals?populate[nonexistent]=true',
  '/api/hospitals?joins=abc',
  '/api/hospitals?draft=abc',
  '/api/hospitals/count?where[id][equals]=abc',
  `/api/hospitals/${'1'.repeat(2)}?depth=abc`,
  '/api/users/me?depth=abc',
  '/api/payload-preferences/%zz',
]

describe('bad requests answer 4xx, never 500', () => {
  it.each([['visitor'], ['editor']] as const)('as a %s', async (who) => {
    const failures: string[] = []
    for (const path of PATHS) {
      const res = await fetch(`${api.url}${path}`, { headers: who === 'editor' ? editor.headers : {} })
      const body = await res.text()
      if (res.status >= 500) failures.push(`${path} → ${res.status} ${body.slice(0, 160)}`)
      expect(body, path).not.toMatch(/\bat \S+ \(|node_modules|TypeError/)
    }
    expect(failures).toEqual([])
  })

  it('still answers good requests', async () => {
    expect((await fetch(`${api.url}/api/hospitals/${hospitalId}`)).status).toBe(200)
  })
})

describe('the answers are the right 4xx, in the caller’s language', () => {
  it('a text ID, a missing file and versions that are not kept are "not found"; a bad query value is a bad request', async () => {
    expect((await fetch(`${api.url}/api/hospitals/abc`)).status).toBe(404)
    expect((await fetch(`${api.url}/api/media/file/missing.jpg`)).status).toBe(404)
    expect((await fetch(`${api.url}/api/globals/site-settings/versions`, { headers: editor.headers })).status).toBe(404)
    const bad = await fetch(`${api.url}/api/hospitals?where[createdAt][greater_than]=notadate`, { headers: { 'accept-language': 'ru' } })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toMatch(/Неверный запрос/)
    expect((await fetch(`${api.url}/api/hospitals/%zz`)).status).toBe(400)
  })
})

describe('a document copied with the row IDs of another', () => {
  // An editor's script that copies a hospital through the API, row IDs included: the IDs are
  // taken, which only the request can cause, so it is the request's mistake (SQLite's array rows
  // have them as primary keys; MongoDB's subdocument IDs are not unique, and it just stores).
  it('is a 400 in the caller’s language or a new document, never a 500, and nothing half-stored', async () => {
    const original = await payload.create({
      collection: 'hospitals',
      data: { name: 'Copied', slug: 'copied', city: 'Tianjin', kind: 'specialty', summary: 'x', nationalCentres: [{ text: 'A centre' }], _status: 'published' } as never,
    })
    const rows = (original as unknown as { nationalCentres: { id: string; text: string }[] }).nationalCentres
    const before = (await payload.count({ collection: 'hospitals' })).totalDocs
    const res = await fetch(`${api.url}/api/hospitals`, {
      method: 'POST',
      headers: { ...editor.headers, 'content-type': 'application/json', 'accept-language': 'zh' },
      body: JSON.stringify({ name: 'Copy', slug: 'copy', city: 'Tianjin', kind: 'specialty', summary: 'x', nationalCentres: rows, _status: 'published' }),
    })
    const body = await res.text()
    expect(res.status, body.slice(0, 200)).toBeLessThan(500)
    expect(body).not.toMatch(/\bat \S+ \(|node_modules|UNIQUE constraint/)
    if (payload.db.name !== 'mongoose') expect(res.status).toBe(400)
    if (res.status === 400) {
      expect(body).toMatch(/请求/)
      expect((await payload.count({ collection: 'hospitals' })).totalDocs).toBe(before)
    } else {
      expect(res.status).toBe(201)
      expect((await payload.count({ collection: 'hospitals' })).totalDocs).toBe(before + 1)
    }
  })
})
