import sharp from 'sharp'

import { textDirection, type Locale } from '@/i18n/locales'
import { drawText, fitText, type DrawnText } from '@/lib/og/drawText'
import type { CardContent } from '@/lib/og/describeCard'
import { OG_SIZE } from '@/lib/og/imagePath'

export type Card = CardContent & { locale: Locale; brand: string; host: string }

const { width: W, height: H } = OG_SIZE
const MARGIN = 80
const TEXT_WIDTH = W - 2 * MARGIN
// Between the site name at the top and the address at the bottom.
const BAND = { top: 125, bottom: H - 100 }
const GAP = 20

// The site's brand colours (globals.css: --brand-dark, --brand, --accent), no text: rsvg draws no
// fonts here, so all lettering goes through Pango (drawText).
const brandBackground = (rtl: boolean) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#073f4c"/><stop offset="1" stop-color="#0b5c6e"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#g)"/>
  <circle cx="${rtl ? 80 : W - 80}" cy="${H + 40}" r="360" fill="#ffffff" fill-opacity="0.06"/>
  <circle cx="${rtl ? 40 : W - 40}" cy="-60" r="200" fill="#ffffff" fill-opacity="0.05"/>
  <rect x="${rtl ? W - 12 : 0}" y="0" width="12" height="${H}" fill="#e0893a"/>
</svg>`)

// Over a photo: the brand colour, darkest behind the text, so white lettering stays readable.
const photoShade = (rtl: boolean) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <defs><linearGradient id="s" x1="${rtl ? 1 : 0}" y1="0" x2="${rtl ? 0 : 1}" y2="0"><stop offset="0" stop-color="#062f39" stop-opacity="0.94"/><stop offset="0.6" stop-color="#073f4c" stop-opacity="0.84"/><stop offset="1" stop-color="#0b5c6e" stop-opacity="0.6"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#s)"/>
  <rect x="${rtl ? W - 12 : 0}" y="0" width="12" height="${H}" fill="#e0893a"/>
</svg>`)

const background = async (rtl: boolean, photo: string | undefined): Promise<Buffer> =>
  photo
    ? sharp(photo).resize(W, H, { fit: 'cover' }).composite([{ input: photoShade(rtl) }]).png().toBuffer()
    : brandBackground(rtl)

/**
 * A 1200x630 JPEG link preview: site name, section, the page's title and up to two lines of summary,
 * in the page's language and direction, over the page's picture (shaded) or the brand background. JPEG at this size is 25-120 KB, far under WhatsApp's 300 KB.
 */
export const renderCard = async ({ locale, brand, host, kicker, title, subtitle, photo }: Card): Promise<Buffer> => {
  const rtl = textDirection(locale) === 'rtl'
  const lang = locale
  const [brandText, hostText, kickerText, subtitleText] = await Promise.all([
    drawText(brand, { size: 34, color: '#ffffff', width: TEXT_WIDTH, lang }),
    drawText(host, { size: 24, color: '#b9d6dd', width: TEXT_WIDTH, lang }),
    kicker ? fitText(kicker, { sizes: [30], maxHeight: 50, color: '#f4b77a', width: TEXT_WIDTH, lang }) : undefined,
    subtitle ? fitText(subtitle, { sizes: [28], maxHeight: 80, color: '#d7e8ec', width: TEXT_WIDTH, lang }) : undefined,
  ])
  // The title gets what the section and summary leave of the middle band: up to three lines.
  const room = BAND.bottom - BAND.top - [kickerText, subtitleText].reduce((sum, text) => sum + (text ? text.height + GAP : 0), 0)
  const titleText = await fitText(title, { sizes: [72, 62, 54, 46], maxHeight: room, color: '#ffffff', width: TEXT_WIDTH, lang, lineHeight: rtl ? 1.3 : 1.2 })

  // Left-aligned in LTR languages, right-aligned in Arabic.
  const x = (text: DrawnText) => (rtl ? W - MARGIN - text.width : MARGIN)
  // Section, title and summary as one block, centred between the site name and the address.
  const block = [kickerText, titleText, subtitleText].filter((t): t is DrawnText => Boolean(t))
  const blockHeight = block.reduce((sum, t) => sum + t.height, 0) + GAP * (block.length - 1)
  let top = Math.round(BAND.top + (BAND.bottom - BAND.top - blockHeight) / 2)
  const placed = block.map((text) => {
    const at = { input: text.input, left: x(text), top }
    top += text.height + GAP
    return at
  })

  const card = await sharp(await background(rtl, photo))
    .composite([
      { input: brandText.input, left: x(brandText), top: 60 },
      ...placed,
      { input: hostText.input, left: x(hostText), top: H - 60 - hostText.height },
    ])
    .flatten({ background: '#073f4c' })
    .png()
    .toBuffer()
  return encode(card)
}

// WhatsApp shows no image over 300 KB. Full colour detail keeps small lettering crisp; a very busy
// photo (a noise test gives 185 KB) falls back to coarser settings rather than lose the preview.
const MAX_BYTES = 280 * 1024
const encode = async (card: Buffer) => {
  const crisp = await sharp(card).jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: '4:4:4' }).toBuffer()
  return crisp.length <= MAX_BYTES ? crisp : sharp(card).jpeg({ quality: 60, mozjpeg: true }).toBuffer()
}
