/**
 * What free text from outside (the inquiry form, the API, a user's display name) may hold: no
 * control characters (C0, DEL, C1), no line or paragraph separators, no bidirectional overrides
 * or isolates (which make "txt.exe" look like "exe.txt" and reorder a coordinator's screen).
 * Multi-line fields keep newlines and tabs. A name must also contain at least one letter or digit,
 * so a row of invisible characters is not a name.
 */
const UNPRINTABLE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/
const UNPRINTABLE_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/
const VISIBLE = /[\p{L}\p{N}]/u

export const isPrintableLine = (value: string): boolean => !UNPRINTABLE_LINE.test(value)
export const isPrintableText = (value: string): boolean => !UNPRINTABLE_TEXT.test(value)
export const isVisibleName = (value: string): boolean => isPrintableLine(value) && VISIBLE.test(value)
