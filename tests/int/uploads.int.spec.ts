import { readdir } from 'node:fs/promises'

import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, MedicalRecord } from '@/payload-types'
import { publicMediaDir, recordsDir } from '@/lib/paths'
import { createActor, type Actor } from '../helpers/actors'
import { makeElf, makeLargePdf, makePdf, makePdfWithoutXref, makePdfWithTail, makePng, makeSvg, makeTruncatedJpeg, makeWindowsExe, uploadForm } from '../helpers/files'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let api: { url: string; close: () => Promise<void> }
let admin: Actor

const filesIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort()

const upload = (collection: CollectionSlug, file: Buffer, name: string, type: string, lang = 'en', data: Record<string, unknown> = {}) =>
  fetch(`${api.url}/api/${collection}`, {
    method: 'POST',
    headers: { ...admin.headers, 'accept-language': lang },
    body: uploadForm(file, name, type, data),
  })

/** Sends a file that must be refused, and checks the message and that nothing was stored. */
const expectRefused = async (collection: 'media' | 'medical-records', file: Buffer, name: string, type: string, lang: string, message: RegExp) => {
  const dir = collection === 'media' ? publicMediaDir : recordsDir
  const before = { docs: (await payload.count({ collection })).totalDocs, files: await filesIn(dir) }
  const res = await upload(collection, file, name, type, lang, collection === 'media' ? { alt: 'x' } : {})
  expect(res.status).toBe(400)
  const body = (await res.json()) as { errors: { message: string; data?: { errors?: { message: string }[] } }[] }
  const messages = body.errors.flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((e) => e.message)]).join(' | ')
  expect(messages).toMatch(message)
  expect(messages).not.toMatch(/at .*\.js:\d+|stack/i)
  expect((await payload.count({ collection })).totalDocs).toBe(before.docs)
  expect(await filesIn(dir)).toEqual(before.files)
}

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  admin = await createActor(payload, api.url, 'admin')
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

describe('medical records', () => {
  it('accepts a PDF and stores it under a random name, outside anything Next serves', async () => {
    const res = await upload('medical-records', makePdf(), 'Ivan Petrov discharge.pdf', 'application/pdf')
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: MedicalRecord }
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    expect(await filesIn(recordsDir)).toContain(doc.filename)
    expect(recordsDir).not.toMatch(/public/)
  })

  it('refuses an executable renamed .pdf, with a clear message, storing nothing', async () => {
    await expectRefused('medical-records', makeElf(), 'scan.pdf', 'application/pdf', 'en', /file type is not accepted.*PDF, JPEG, PNG/i)
    await expectRefused('medical-records', makeWindowsExe(), 'report.pdf', 'application/pdf', 'ru', /тип файла не принимается/i)
  })

  it('refuses an 11 MB file, in the language of the request, storing nothing', async () => {
    await expectRefused('medical-records', makeLargePdf(11), 'mri.pdf', 'application/pdf', 'en', /too large.*10 MB/i)
    await expectRefused('medical-records', makeLargePdf(11), 'mri.pdf', 'application/pdf', 'zh', /文件过大.*10 MB/)
  })

  it('refuses a damaged PDF or JPEG with the same clear message the inquiry form gives, storing nothing', async () => {
    await expectRefused('medical-records', makePdfWithoutXref(), 'cut.pdf', 'application/pdf', 'en', /damaged or incomplete/)
    await expectRefused('medical-records', makePdfWithTail(1100), 'padded.pdf', 'application/pdf', 'ru', /повреждён/)
    await expectRefused('medical-records', await makeTruncatedJpeg(), 'scan.jpg', 'image/jpeg', 'ar', /تالف/)
  })

  it('refuses the same bad files through the Local API', async () => {
    const elf = makeElf()
    await expect(
      payload.create({ collection: 'medical-records', data: {}, file: { data: elf, mimetype: 'application/pdf', name: 'x.pdf', size: elf.length } }),
    ).rejects.toThrow(/not accepted|invalid/i)
  })
})

describe('media', () => {
  it('refuses an SVG (it can carry script), storing nothing', async () => {
    await expectRefused('media', makeSvg(), 'logo.svg', 'image/svg+xml', 'ar', /نوع الملف غير مقبول/)
  })

  it('refuses an executable disguised as an image', async () => {
    await expectRefused('media', makeWindowsExe(), 'photo.jpg', 'image/jpeg', 'en', /not accepted.*JPEG, PNG, WebP, AVIF/)
  })

  it('accepts a PNG and makes WebP sizes, including a 1200×630 link-preview image', async () => {
    const res = await upload('media', await makePng(), 'ward.png', 'image/png', 'en', { alt: 'A bright hospital ward' })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: Media }
    const sizes = doc.sizes!
    for (const name of ['thumbnail', 'card', 'hero', 'og'] as const) {
      expect(sizes[name]?.mimeType).toBe('image/webp')
      expect(sizes[name]?.filename).toMatch(/\.webp$/)
    }
    expect([sizes.og?.width, sizes.og?.height]).toEqual([1200, 630])
    const og = await sharp(`${publicMediaDir}/${sizes.og!.filename}`).metadata()
    expect([og.format, og.width, og.height]).toEqual(['webp', 1200, 630])
  })

  it('requires alt text', async () => {
    const res = await upload('media', await makePng(200, 200), 'no-alt.png', 'image/png', 'en', {})
    expect(res.status).toBe(400)
  })
})
