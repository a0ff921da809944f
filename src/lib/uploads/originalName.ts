const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g
const MAX_LENGTH = 200

/**
 * The name a file had on the sender's computer, kept for the coordinator ("biopsy-report.pdf"),
 * while the file itself is stored under a random name. Only the last path part, without control
 * or bidi-override characters (a "report‮fdp.exe" must not pass for a PDF on screen), and short.
 */
export const cleanOriginalName = (name: unknown): string | undefined => {
  if (typeof name !== 'string') return undefined
  const base = name.split(/[\\/]/).pop() ?? ''
  const clean = base.replace(UNPRINTABLE, '').trim().slice(0, MAX_LENGTH)
  return clean || undefined
}
