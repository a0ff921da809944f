import { isPrintableLine } from '@/lib/text/printable'

const BASE = 'http://same-site.invalid'

/**
 * A path on this site ("/ru/hospitals/x?from=y"), or undefined. "//evil.example", "/\\evil",
 * "https://…" and anything with control characters resolve to another origin or are refused,
 * so a stored value can never be turned into a link elsewhere.
 */
export const sameSitePath = (value: unknown, max = 500): string | undefined => {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > max || !isPrintableLine(value)) return undefined
  if (value.startsWith('//') || value.startsWith('/\\')) return undefined
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return undefined
  }
  if (url.origin !== BASE) return undefined
  return `${url.pathname}${url.search}`
}
