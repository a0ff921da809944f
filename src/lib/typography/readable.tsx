import type { ReactNode } from 'react'

/**
 * Runs of text that must stay whole and read left to right whatever the paragraph's direction:
 * - number ranges and phone-like digit groups ("10–14", "+86 22 1234 5678"): in Arabic the
 *   bidirectional algorithm lays "10–14" out as "14–10", spaced digit groups in reverse order,
 *   and a line may break after the dash ("1–" / "2 أيام");
 * - short hyphenated Latin terms ("CAR-T", "COVID-19"): browsers break after a hyphen, and
 *   "CAR-" at a line end reads as a different word.
 * They are wrapped in <bdi dir="ltr"> (isolated, left to right) with white-space: nowrap.
 */
const KEEP_WHOLE = /(\+?\d[\d.,]*(?:\s?[–—-]\s?\d[\d.,]*)+%?|\+\d{1,3}(?:[ \u00a0]\d{2,4}){2,}|\b[A-Z][A-Z0-9]{0,4}-[A-Z0-9]{1,4}\b)/u

export const readable = (text: string): ReactNode => {
  const parts = text.split(KEEP_WHOLE)
  if (parts.length === 1) return text
  // split() with one capture group alternates: plain text at even indexes, kept runs at odd.
  return parts.map((part, i) =>
    i % 2 ? (
      <bdi key={i} dir="ltr" className="nobr">
        {part}
      </bdi>
    ) : (
      part
    ),
  )
}
