import sharp from 'sharp'

import { FONT_FAMILIES, registerFonts } from '@/lib/og/fonts'

export type TextStyle = { size: number; color: string; width: number; lang: string; lineHeight?: number }
export type DrawnText = { input: Buffer; width: number; height: number }

/** sharp's text input is Pango markup: the visitor's text must not be read as tags. */
const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Draws text with libvips' Pango: HarfBuzz shapes it (joined Arabic letters) and FriBidi orders it
 * (Arabic right to left, with Latin words inside left to right). Lines wrap at `width`; an RTL
 * paragraph is aligned to the right on its own. The result is a transparent PNG of the text's size.
 */
export const drawText = async (text: string, { size, color, width, lang, lineHeight = 1.25 }: TextStyle): Promise<DrawnText> => {
  await registerFonts()
  // An absolute line height (in 1024ths of a point): Arabic and Chinese fonts have very different
  // natural line heights, and the card should look the same in every language.
  const lineHeightAttr = Math.round(size * lineHeight * 1024)
  const markup = `<span foreground="${color}" lang="${lang}" line_height="${lineHeightAttr}">${escapeMarkup(text.replace(/\s+/g, ' ').trim())}</span>`
  const { data, info } = await sharp({
    text: { text: markup, font: `${FONT_FAMILIES} Bold ${size}`, dpi: 72, width, wrap: 'word-char', rgba: true },
  })
    .png()
    .toBuffer({ resolveWithObject: true })
  return { input: data, width: info.width, height: info.height }
}

/**
 * The first `n` characters, backed off to the last space so a word is not cut in half. Chinese has
 * no spaces between words: a space far back (after "CAR-T ", say) is not a word end worth keeping.
 */
const cut = (chars: string[], n: number) => {
  const head = chars.slice(0, n).join('')
  const space = head.lastIndexOf(' ')
  return (chars[n] === ' ' || space < 0 || space < head.length - 24 ? head : head.slice(0, space)).trimEnd()
}

/**
 * The largest of `sizes` at which the text fits in `maxHeight`; at the smallest, the text is cut
 * at a word (or character, for Chinese) and ends with an ellipsis.
 */
export const fitText = async (text: string, style: Omit<TextStyle, 'size'> & { sizes: number[]; maxHeight: number }): Promise<DrawnText> => {
  const { sizes, maxHeight, ...rest } = style
  for (const size of sizes) {
    const drawn = await drawText(text, { ...rest, size })
    if (drawn.height <= maxHeight) return drawn
  }
  const size = sizes[sizes.length - 1]!
  // Binary search on the number of characters kept: a handful of renders, done once per cached card.
  const chars = [...text]
  let [low, high] = [1, chars.length - 1]
  let best = await drawText('…', { ...rest, size })
  while (low <= high) {
    const mid = Math.floor((low + high) / 2)
    const drawn = await drawText(`${cut(chars, mid)}…`, { ...rest, size })
    if (drawn.height <= maxHeight) [best, low] = [drawn, mid + 1]
    else high = mid - 1
  }
  return best
}
