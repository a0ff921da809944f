import { createHash } from 'node:crypto'

import { expect, test, type APIRequestContext } from '@playwright/test'
import ogs from 'open-graph-scraper'

import { ADMIN } from './env'

const hash = async (request: APIRequestContext, path: string) => {
  const res = await request.get(path)
  return res.ok() ? createHash('sha256').update(await res.body()).digest('hex') : res.status()
}
const preview = async (request: APIRequestContext, path: string) =>
  (await ogs({ html: await (await request.get(path, { headers: { 'User-Agent': 'WhatsApp/2.24.6.77 A' } })).text() })).result

/**
 * Payload keeps a user's sessions in one array, read, appended and written back on each login: two
 * logins as the same user at the same moment (another spec file, in the other worker) keep only
 * one session, and the other token is refused with 403. Log in, check the session a moment later,
 * and log in again if it was lost.
 */
const loginAsAdmin = async (request: APIRequestContext) => {
  for (let attempt = 0; attempt < 4; attempt++) {
    const login = await request.post('/api/users/login', { data: ADMIN })
    const headers = { authorization: `JWT ${(await login.json()).token as string}` }
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const me = await request.get('/api/users/me', { headers })
    if ((await me.json()).user) return headers
  }
  throw new Error('could not keep an admin session')
}

test('content published after the build gets its card, and edits and unpublishing reach it', async ({ request }) => {
  const headers = await loginAsAdmin(request)
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
  const firstUrl = (await preview(request, `/ru/therapies/${slug}`)).ogImage?.[0]?.url

  // A translation is published: the Russian page and its card change, without a rebuild.
  const renamed = await request.patch(`/api/therapies/${doc.id}?locale=ru`, { headers, data: { name: 'Гипертермия', summary: 'Нагрев, повышающий чувствительность опухоли к лечению.', _status: 'published' } })
  expect(renamed.ok(), await renamed.text()).toBe(true)
  await poll(async () => (await preview(request, `/ru/therapies/${slug}`)).ogTitle).toContain('Гипертермия')
  await poll(() => hash(request, card)).not.toBe(first)
  // A new image URL too, so apps that keep images by URL fetch the new card.
  expect((await preview(request, `/ru/therapies/${slug}`)).ogImage?.[0]?.url).not.toBe(firstUrl)

  // Unpublished: no page, no card.
  expect((await request.patch(`/api/therapies/${doc.id}`, { headers, data: { _status: 'draft' } })).ok()).toBe(true)
  await poll(() => hash(request, card)).toBe(404)
  expect((await request.delete(`/api/therapies/${doc.id}`, { headers })).ok()).toBe(true)
})
