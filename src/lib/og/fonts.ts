import { access } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

// Shipped in the repo (see src/assets/fonts/README.md): nothing is downloaded at run time, and a
// server without system fonts draws the same cards. next.config.ts traces them into the build.
const DIR = path.join(process.cwd(), 'src', 'assets', 'fonts')
const FILES = ['NotoSans-Bold.ttf', 'NotoSansArabic-Bold.ttf', 'PortalSansSC-Bold.otf']

/**
 * Pango's fallback list: Latin and Cyrillic from Noto Sans, Arabic from Noto Sans Arabic, Chinese
 * from the SC subset. Pango picks per run of script, so a mixed title ("CAR-T 细胞治疗") works.
 */
export const FONT_FAMILIES = 'Noto Sans, Noto Sans Arabic, Portal Sans SC'

let registered: Promise<void> | undefined

/**
 * libvips adds each `fontfile` it is given to fontconfig once per process and keeps it; text
 * drawn later can use any of them by family name. One tiny render per file registers all three.
 */
export const registerFonts = () =>
  (registered ??= Promise.all(
    FILES.map(async (file) => {
      // libvips ignores a missing fontfile and draws with whatever else it finds: fail instead.
      await access(path.join(DIR, file))
      await sharp({ text: { text: '.', fontfile: path.join(DIR, file), font: FONT_FAMILIES } }).raw().toBuffer()
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      // Let the next card try again rather than keep a failure for the life of the process.
      registered = undefined
      throw error
    },
  ))
