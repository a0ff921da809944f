const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * "Dana Amanova" → "D. A.", "سارة أحمد" → "س. أ.", "王小明" → "王.": the first letter of up to
 * three words of the name, so an agent can tell their referrals apart without learning who they are.
 */
export const initialsOf = (name: string | null | undefined): string => {
  const words = (name ?? '').split(/[\s\-‐]+/u).filter((word) => /\p{L}/u.test(word))
  return words
    .slice(0, 3)
    .map((word) => {
      const letters = [...graphemes.segment(word)].map(({ segment }) => segment).filter((segment) => /\p{L}/u.test(segment))
      return `${(letters[0] ?? '').toLocaleUpperCase()}.`
    })
    .join(' ')
}
