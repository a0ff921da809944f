import { randomBytes } from 'node:crypto'

// No 0/O or 1/I/L: patients read the number out on the phone and type it into chat apps.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export const REFERENCE_PATTERN = /^CC-\d{4}-[A-Z2-9]{5}$/

/**
 * A reference a patient can quote: "CC-2611-7KQ3M" (year and month, then five random characters).
 * 31^5 ≈ 28 million per month; the unique index catches the rare collision.
 */
export const newInquiryReference = (now = new Date()): string => {
  const yymm = `${String(now.getUTCFullYear()).slice(2)}${String(now.getUTCMonth() + 1).padStart(2, '0')}`
  const tail = Array.from(randomBytes(5), (byte) => ALPHABET[byte % ALPHABET.length]).join('')
  return `CC-${yymm}-${tail}`
}
