import { expect, test } from '@playwright/test'

import { MAX_BODY_BYTES } from '@/lib/bodyLimits.mjs'
import { message } from './fixtures'
import { floodPost } from './rawHttp'
import { residentMiB, startServer, type ServerProcess } from './serverProcess'

// An attacker's script against a fresh server of its own, so its memory is this test's alone.
test.describe.configure({ mode: 'serial' })
let server: ServerProcess

test.beforeAll(async () => {
  test.setTimeout(120_000)
  server = await startServer(4)
})
test.afterAll(async () => server?.stop())

const MB = 1024 * 1024
// Generous: a busy machine and a collector that runs when it likes. The old server grew by
// about 1 GB on the same burst (it read every body into memory) and kept it.
const MAX_GROWTH_MIB = 300
// Chunked bodies are read up to the limit before they are cut, UPLOAD_CONCURRENCY (2) at a time;
// about 250 MiB here, against well over 1 GiB when all eight are read at once.
const MAX_CHUNKED_GROWTH_MIB = 500

const settledMemory = async () => {
  // Let timers, sockets and the collector finish with the burst before looking.
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  return residentMiB(server.pid)
}

test('sixteen 55 MB form posts at once are refused unread with a translated 413, and the server keeps its memory', async () => {
  test.setTimeout(120_000)
  // Warm up the pages the burst hits, so their first render is not counted as growth.
  for (const locale of ['en', 'zh'] as const) expect((await fetch(`${server.url}/${locale}/contact`)).ok).toBe(true)
  const before = await settledMemory()
  const answers = await Promise.all(
    Array.from({ length: 16 }, (_, i) => floodPost(`${server.url}/${i % 2 ? 'zh' : 'en'}/contact`, { totalBytes: 55 * MB })),
  )
  for (const [i, answer] of answers.entries()) {
    expect(answer.status).toBe(413)
    expect(answer.body).toContain(message(i % 2 ? 'zh' : 'en', 'requestRefused.tooLarge.title'))
  }
  const growth = (await settledMemory()) - before
  test.info().annotations.push({ type: 'memory growth (MiB)', description: growth.toFixed(0) })
  expect(growth).toBeLessThan(MAX_GROWTH_MIB)
})

test('chunked posts that grow past the limit are cut off there, a few at a time, and memory stays bounded', async () => {
  test.setTimeout(180_000)
  const before = await settledMemory()
  const answers = await Promise.all(Array.from({ length: 8 }, () => floodPost(`${server.url}/ru/contact`, { totalBytes: 55 * MB, chunked: true })))
  for (const answer of answers) {
    expect(answer.status).toBe(413)
    expect(answer.body).toContain(message('ru', 'requestRefused.tooLarge.title'))
  }
  const growth = (await settledMemory()) - before
  test.info().annotations.push({ type: 'memory growth (MiB)', description: growth.toFixed(0) })
  expect(growth).toBeLessThan(MAX_CHUNKED_GROWTH_MIB)
})

test("the API's uploads have the same ceiling: a 55 MB post to /api/media is refused before it is read", async () => {
  const answer = await floodPost(`${server.url}/api/media`, { totalBytes: 55 * MB })
  expect(answer.status).toBe(413)
  expect(MAX_BODY_BYTES).toBeLessThan(55 * MB)
})
