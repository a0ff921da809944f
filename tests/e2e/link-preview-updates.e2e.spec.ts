import { createHash } from 'node:crypto'

import { expect, test, type APIRequestContext } from '@playwright/test'
import ogs from 'open-graph-scraper'

import { ADMIN } from './env'

const hash = async (request: APIRequestContext, path: string) => {
  const res = await request.get(path)
  return res.ok() ? createHash('sha256').update(await res.body()).digest('hex') : res.status()
}
const ogTitle = async (request: APIRequestContext, path: string) =>
  (await ogs({ html: await (await request.get(path, { headers: { 'User-Agent': 'WhatsApp/2.24.6.77 A' } })).text() })).result.ogTitle

test('content published after the build gets its card, and edits and unpublishing reach it', async ({ request }) => {
  const login = await request.post('/api/users/login', { data: ADMIN })
  const headers = { authorization: `JWT ${(await login.json()).token as string}` }
  const slug = `og-hyperthermia-${Date.now()}`
  const created = await request.post('/api/therapies?locale=en', {
    headers,
    data: { name: 'Hyperthermia', slug, category: 'radiation', summary: 'Heat that makes tumours more sensitive to treatment.', _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  const card = `/ru/og/therapies/${slug}`
  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, intervals: [500, 1000, 2000] })

  // Not built with the site: drawn on the first request, then the same bytes from the cache.
  await poll(() => hash(request, card)).not.toBe(404)
  const first = await hash(request, card)
  expect(await hash(request, card)).toBe(first)

  // A translation is published: the Russian page and its card change, without a rebuild.
  const renamed = await request.patch(`/api/therapies/${doc.id}?locale=ru`, { headers, data: { name: 'Гипертермия', summary: 'Нагрев, повышающий чувствительность опухоли к лечению.', _status: 'published' } })
  expect(renamed.ok(), await renamed.text()).toBe(true)
  await poll(() => ogTitle(request, `/ru/therapies/${slug}`)).toContain('Гипертермия')
  await poll(() => hash(request, card)).not.toBe(first)

  // Unpublished: no page, no card.
  expect((await request.patch(`/api/therapies/${doc.id}`, { headers, data: { _status: 'draft' } })).ok()).toBe(true)
  await poll(() => hash(request, card)).toBe(404)
  expect((await request.delete(`/api/therapies/${doc.id}`, { headers })).ok()).toBe(true)
})
