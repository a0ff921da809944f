import type { AfterErrorHook, CollectionSlug, PayloadRequest } from 'payload'

import { translate } from '@/i18n/admin/translate'

/**
 * Payload's REST API passes some malformed requests straight to the database or the disk and
 * answers the failure with a 500 ("Something went wrong"), as if the server were broken:
 * `/api/hospitals/abc` (a text ID bound to SQLite's integer column, an invalid ObjectId on
 * MongoDB), `where[createdAt][greater_than]=notadate`, an unknown `where` operator, `where=abc`,
 * malformed percent-encoding, a missing upload file, the versions of a collection or global that
 * keeps none, array rows sent with IDs that are taken. Each is recognised here by what the request asked for, or by an error that only the
 * request's own input can cause, and answered 400 or 404 in the caller's language. Anything else
 * stays a 500 (and Payload has logged it).
 */

// What libsql and MongoDB's driver throw for a value of the wrong kind, never for a server fault.
const BAD_VALUE = /finite numbers|undefined cannot be passed as argument|Invalid Date|Unsupported type of value|Cast to \w+ failed|input must be a 24 character hex string|BSONError/i

// A row ID that is taken: the server makes every ID it creates, so only IDs the request itself
// supplied (a document copied through the API with its array rows, say) can collide.
const TAKEN_ID = /SQLITE_CONSTRAINT_PRIMARYKEY|UNIQUE constraint failed: \w+\.(_?id)\b/

const causes = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  for (let current = error; current && chain.length < 5; current = (current as { cause?: unknown }).cause) chain.push(current)
  return chain
}

const segmentsOf = (req: PayloadRequest) => {
  try {
    const path = new URL(req.url ?? '', 'http://x').pathname
    const api = req.payload.config.routes.api
    return path.startsWith(`${api}/`) ? path.slice(api.length + 1).split('/') : []
  } catch {
    return []
  }
}

/** `/versions` of a collection or global without versions: there is nothing to find. */
const asksForMissingVersions = (req: PayloadRequest, segments: string[]) => {
  const [first, second, third] = segments
  if (first === 'globals') {
    const global = req.payload.config.globals.find((entry) => entry.slug === second)
    return third === 'versions' && !global?.versions
  }
  const collection = first ? req.payload.collections[first as CollectionSlug] : undefined
  return second === 'versions' && Boolean(collection) && !collection?.config.versions
}

const kindOf = (error: Error, req: PayloadRequest | undefined): 400 | 404 | undefined => {
  if (!req?.payload) return undefined
  const segments = segmentsOf(req)
  if (asksForMissingVersions(req, segments)) return 404
  const chain = causes(error)
  if (chain.some((entry) => entry instanceof URIError)) return 400
  // `where=abc` and other query parameters Payload parses as JSON.
  if (chain.some((entry) => entry instanceof SyntaxError)) return 400
  if (chain.some((entry) => (entry as { code?: string }).code === 'ENOENT') && segments[1] === 'file') return 404
  if (chain.some((entry) => [(entry as { code?: unknown }).code, (entry as { message?: unknown }).message].some((text) => typeof text === 'string' && TAKEN_ID.test(text)))) return 400
  if (chain.some((entry) => entry instanceof TypeError && /operators\[\w+\] is not a function/.test(entry.message))) return 400
  if (chain.some((entry) => entry instanceof Error && (BAD_VALUE.test(entry.message) || entry.name === 'CastError' || entry.name === 'BSONError'))) {
    // An ID in the path names a document that cannot exist; a bad value in a query is a bad request.
    return segments.length >= 2 && segments[0] !== 'globals' && !req.url?.includes('?') ? 404 : 400
  }
  return undefined
}

export const answerInputErrors: AfterErrorHook = ({ error, req }) => {
  const given = (error as Error & { status?: number }).status
  if (given && given < 500) return
  const status = kindOf(error, req)
  if (!status) return
  const message = status === 404 ? req.t('error:notFound') : translate(req, 'badRequest')
  return { response: { errors: [{ message }] }, status }
}
