import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { drawText, type DrawnText } from '@/lib/og/drawText'
import { cardPhoto } from '@/lib/og/cardPhoto'
import { renderCard } from '@/lib/og/renderCard'
import type { Media } from '@/payload-types'

// No system fonts, as in the production image (node:*-slim has none): a font the app fails to
// ship or register cannot be silently replaced by one installed on a developer's machine.
// fontconfig reads this when the first text is drawn, after the imports.
process.env.FONTCONFIG_FILE = path.resolve('tests/helpers/no-system-fonts.conf')

// Checks on the pixels, not on the code: they fail if the fonts are missing (tofu or hex boxes),
// if HarfBuzz shaping is lost (Arabic letters drawn apart) or if FriBidi ordering is lost (Arabic
// drawn left to right).
const style = { size: 80, color: '#000000', width: 1000, lang: 'ar' }

/** For each column of the drawn text, whether any pixel in it has ink. */
const inkColumns = async ({ input }: DrawnText) => {
  const { data, info } = await sharp(input).extractChannel('alpha').raw().toBuffer({ resolveWithObject: true })
  return Array.from({ length: info.width }, (_, x) => Array.from({ length: info.height }, (_, y) => data[y * info.width + x]!).some((a) => a > 96))
}

/** Widths of the runs of inked columns, left to right: one run per connected shape. */
const inkRuns = async (text: DrawnText) => {
  const runs: number[] = []
  let run = 0
  for (const inked of [...(await inkColumns(text)), false]) {
    if (inked) run++
    else if (run) [runs[runs.length], run] = [run, 0]
  }
  return runs
}

/** Bounding box of the ink. */
const inkBox = async ({ input }: DrawnText) => {
  const { data, info } = await sharp(input).extractChannel('alpha').raw().toBuffer({ resolveWithObject: true })
  const xs: number[] = []
  const ys: number[] = []
  for (let y = 0; y < info.height; y++) for (let x = 0; x < info.width; x++) if (data[y * info.width + x]! > 96) [xs[xs.length], ys[ys.length]] = [x, y]
  return { width: Math.max(...xs) - Math.min(...xs) + 1, height: Math.max(...ys) - Math.min(...ys) + 1 }
}

describe('link-preview text', () => {
  it('joins Arabic letters into one shape (HarfBuzz shaping with the Arabic font)', async () => {
    // "hospital": every letter joins the next, so shaped it is one unbroken stroke.
    const joined = await inkRuns(await drawText('مستشفى', style))
    // The same letters kept apart by zero-width non-joiners: what unshaped text looks like.
    const apart = await inkRuns(await drawText([...'مستشفى'].join('\u200c'), style))
    expect(joined).toHaveLength(1)
    expect(apart.length).toBeGreaterThanOrEqual(4)
  })

  it('draws Arabic right to left (FriBidi ordering)', async () => {
    // Alef (one narrow stroke) comes first, then a wide run of joined behs: right to left, the
    // narrow shape is the rightmost.
    const runs = await inkRuns(await drawText('ا بببببب', style))
    expect(runs).toHaveLength(2)
    expect(runs[1]!).toBeLessThan(runs[0]! / 3)
  })

  it('keeps Latin words left to right inside Arabic text', async () => {
    // "I" then a wide "WWWW": read left to right whatever the paragraph's direction.
    const runs = await inkRuns(await drawText('في I WWWW', { ...style, lang: 'ar' }))
    const [first, second] = runs
    expect(second!).toBeGreaterThan(first! * 3)
  })

  it('draws Chinese with real glyphs, not missing-glyph boxes', async () => {
    // 一 ("one") is a single horizontal stroke: far wider than tall. A missing glyph is a box.
    const one = await inkBox(await drawText('一', { ...style, lang: 'zh' }))
    expect(one.width).toBeGreaterThan(one.height * 3)
    // Distinct characters give distinct shapes (missing ones would all be the same box).
    const shapes = await Promise.all([...'医院治疗'].map(async (c) => (await drawText(c, { ...style, lang: 'zh' })).input.toString('base64')))
    expect(new Set(shapes).size).toBe(4)
  })

  it('shows markup characters as text', async () => {
    const drawn = await drawText('A & B <i>C</i>', { ...style, lang: 'en' })
    expect((await inkRuns(drawn)).length).toBeGreaterThanOrEqual(8)
  })
})

describe('link-preview card', () => {
  const long = {
    en: 'Institute of Hematology & Blood Diseases Hospital, Chinese Academy of Medical Sciences, Tianjin, with a very long name that must be cut',
    zh: '中国医学科学院血液病医院（中国医学科学院血液学研究所）国家血液系统疾病临床医学研究中心，一个非常长的名称必须被截断以适合卡片',
    ru: 'Институт гематологии и больница болезней крови Китайской академии медицинских наук, Тяньцзинь, с очень длинным названием',
    ar: 'معهد أمراض الدم ومستشفى أمراض الدم التابع للأكاديمية الصينية للعلوم الطبية في تيانجين، باسم طويل جدًا يجب اختصاره',
  }
  it.each(locales)('%s: a 1200x630 JPEG under 300 KB, even with long text', async (locale) => {
    const image = await renderCard({ locale, brand: 'China Care', host: 'portal.example', kicker: long[locale].slice(0, 20), title: long[locale], subtitle: long[locale] })
    const { width, height, format } = await sharp(image).metadata()
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'jpeg' })
    expect(image.length).toBeLessThan(300 * 1024)
  })

  it('stays under 300 KB over the busiest photo (noise)', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'og-')), 'noise.webp')
    const noise = { width: 1200, height: 630, channels: 3 as const, background: '#808080', noise: { type: 'gaussian' as const, mean: 128, sigma: 80 } }
    await writeFile(file, await sharp({ create: noise }).webp({ quality: 90 }).toBuffer())
    const image = await renderCard({ locale: 'ar', brand: 'China Care', host: 'portal.example', title: long.ar, subtitle: long.ar, photo: file })
    expect((await sharp(image).metadata()).width).toBe(1200)
    expect(image.length).toBeLessThan(300 * 1024)
  })

  it('draws on the brand background when the page has no picture on this server', async () => {
    expect(await cardPhoto(undefined)).toBeUndefined()
    expect(await cardPhoto(7)).toBeUndefined()
    expect(await cardPhoto({ sizes: { og: { filename: 'not-uploaded-here-1200x630.webp' } } } as Media)).toBeUndefined()
  })
})
