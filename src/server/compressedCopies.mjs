// The compressed copies of responses that are the same for everyone (static pages, Next's script
// files), keyed by a hash of their bytes: a page served a thousand times is compressed once, at a
// high level, and a page regenerated after a publish gets a new copy on its first request. Least
// recently used copies go first once `maxBytes` is reached.
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Compresses `body` with `encoding` ('br' or 'gzip'); `thorough` for bytes compressed once and kept. */
export const compress = (body, encoding, thorough) =>
  encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: thorough ? 9 : 4,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: thorough ? 9 : 6 })

/** A name for these exact bytes: the key of their copies, and their ETag. */
export const contentTag = (body) => createHash('sha256').update(body).digest('base64url').slice(0, 27)

export const createCompressedCopies = ({ maxBytes = 32 * 1024 * 1024 } = {}) => {
  const copies = new Map()
  // Fifty visitors asking for a page just regenerated share one compression, not fifty.
  const pending = new Map()
  let bytes = 0
  const stats = { compressed: 0, served: 0 }

  const remember = (key, copy) => {
    if (copy.length > maxBytes) return
    copies.set(key, copy)
    bytes += copy.length
    for (const [oldKey, old] of copies) {
      if (bytes <= maxBytes) break
      copies.delete(oldKey)
      bytes -= old.length
    }
  }

  /** The compressed copy of `body` (whose contentTag is `tag`), made now if none is kept. */
  const get = async (body, encoding, tag = contentTag(body)) => {
    const key = `${encoding}:${tag}`
    stats.served += 1
    const kept = copies.get(key)
    if (kept) {
      // Map order is the eviction order: a copy just used moves to the back.
      copies.delete(key)
      copies.set(key, kept)
      return kept
    }
    if (pending.has(key)) return pending.get(key)
    const made = compress(body, encoding, true).then((copy) => {
      stats.compressed += 1
      remember(key, copy)
      return copy
    })
    pending.set(key, made)
    try {
      return await made
    } finally {
      pending.delete(key)
    }
  }

  return { get, stats, get size() { return copies.size } }
}
