import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { seed } from './fixtures'
import { loginAsAdmin } from './session'

// What an attacker saw on main: every made-up slug under a prerendered route left ~100 KB of 404
// page in Next's cache, never pruned (300 requests, 31 MB): enough of them fill the disk.

const NEXT_DIR = path.resolve(import.meta.dirname, '../../.next')
// About 30 s on a quiet 2-core machine (each 404 is a render, ~30 ms of CPU); the timeout leaves
// room for a busy one.
const REQUESTS = 2_000
const PARALLEL = 4

const PREFIX = 'made-up-slug-'
// Resized images are the image optimizer's own bounded cache, written by whatever page another
// test worker shows meanwhile; they are not what a 404 costs.
const IMAGES = path.join(NEXT_DIR, 'cache', 'images')

/** Bytes on disk (allocated blocks, so many small files count for what they cost), files, and
 *  the files named after one of our made-up slugs. */
const diskUse = async (dir: string) => {
  let bytes = 0
  let files = 0
  const madeUp: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (!entry.isFile() || file.startsWith(IMAGES)) continue
    const info = await stat(file).catch(() => undefined)
    if (!info) continue
    bytes += info.blocks * 512
    files++
    if (file.includes(PREFIX)) madeUp.push(path.relative(dir, file))
  }
  return { bytes, files, madeUp }
}

const randomSlug = (i: number) => `${PREFIX}${i}-${Math.random().toString(36).slice(2, 10)}`

/** Every page type that takes a slug, and its link-preview card, in every locale. */
const unknownPath = (i: number) => {
  const locale = locales[i % locales.length]
  const slug = randomSlug(i)
  const paths = [
    `/${locale}/hospitals/${slug}`,
    `/${locale}/therapies/${slug}`,
    `/${locale}/stories/${slug}`,
    `/${locale}/hospitals/${seed.department.hospital.slug}/departments/${slug}`,
    `/${locale}/hospitals/${slug}/departments/${slug}`,
    `/${locale}/og/hospitals/${slug}`,
    `/${locale}/og/therapies/${slug}`,
    `/${locale}/og/stories/${slug}`,
    `/${locale}/og/hospitals/${seed.department.hospital.slug}/departments/${slug}`,
    `/${locale}/${slug}`,
  ]
  return paths[Math.floor(i / locales.length) % paths.length]
}


test('thousands of made-up slugs leave the cache folder as it was', async ({ request }) => {
  test.setTimeout(240_000)
  // Warm up first: the first requests to each route load its code and may write its own files.
  for (let i = 0; i < 40; i++) expect((await request.get(unknownPath(i))).status()).toBe(404)
  const before = await diskUse(NEXT_DIR)

  let next = 40
  const worker = async () => {
    while (next < REQUESTS + 40) {
      const url = unknownPath(next++)
      const res = await request.get(url)
      expect(res.status(), url).toBe(404)
      await res.dispose()
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))

  const after = await diskUse(NEXT_DIR)
  expect(after.madeUp.slice(0, 5), `${after.madeUp.length} files named after made-up slugs`).toEqual([])
  const grew = after.bytes - before.bytes
  expect(grew, `the cache grew by ${Math.round(grew / 1024)} KB and ${after.files - before.files} files`).toBeLessThan(300 * 1024)
})

test('a slug asked for before it was published still gets its page once published', async ({ request }) => {
  const slug = `published-later-${Date.now()}`
  // Asked for (a 404) while it does not exist yet, page and card.
  expect((await request.get(`/en/therapies/${slug}`)).status()).toBe(404)
  expect((await request.get(`/en/og/therapies/${slug}`)).status()).toBe(404)

  const headers = await loginAsAdmin(request)
  const created = await request.post('/api/therapies?locale=en', {
    headers,
    data: { name: 'Published later', slug, category: 'radiation', summary: 'A therapy published after the build.', _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = await created.json()
  const poll = (url: string) => expect.poll(async () => (await request.get(url)).status(), { timeout: 20_000, intervals: [500, 1000, 2000] })
  await poll(`/en/therapies/${slug}`).toBe(200)
  await poll(`/ar/therapies/${slug}`).toBe(200)
  await poll(`/en/og/therapies/${slug}`).toBe(200)
  expect(await (await request.get(`/en/therapies/${slug}`)).text()).toContain('Published later')
  expect((await request.delete(`/api/therapies/${doc.id}`, { headers })).ok()).toBe(true)
})
