// Cards show a summary clamped to four lines (globals.css); the rest of a long summary was sent to
// every visitor in the HTML and again in the flight data, unseen. A teaser is what fits: whole
// sentences while they fit, else whole words, and "…" whenever something was left out, so the
// card never reads as the whole story (the page it links to has it).
const LIMIT = { wide: 100, narrow: 200 } as const

// Chinese and Japanese characters each take about two Latin letters' width.
const isWide = (locale: string) => /^(zh|ja)\b/.test(locale)

export const teaser = (text: string, locale: string): string => {
  const limit = LIMIT[isWide(locale) ? 'wide' : 'narrow']
  if (text.length <= limit) return text
  const take = (granularity: 'sentence' | 'word') => {
    let out = ''
    for (const { segment } of new Intl.Segmenter(locale, { granularity }).segment(text)) {
      if ((out + segment).trimEnd().length > limit) break
      out += segment
    }
    return out.trimEnd()
  }
  const sentences = take('sentence')
  if (sentences) return `${sentences}${isWide(locale) ? '' : ' '}…`
  const words = take('word') || text.slice(0, limit)
  return `${words.replace(/[\s,;:،，；：-]+$/u, '')}…`
}
