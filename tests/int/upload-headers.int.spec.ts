import { describe, expect, it } from 'vitest'

import { IMAGE_TYPES } from '@/collections/Media'
import { privateFileHeaders, publicImageHeaders } from '@/lib/uploadHeaders'

// The browser-level check is tests/e2e/security-headers.e2e.spec.ts; here the types a stored file
// could have that the e2e server never holds (Payload serves only files it has a document for).
describe('file answers', () => {
  const publicFor = (type: string) => publicImageHeaders(IMAGE_TYPES)({ headers: new Headers({ 'Content-Type': type }) })

  it.each(['image/jpeg', 'image/png', 'image/webp', 'image/avif'])('show a public %s inline, unsniffed', (type) => {
    const headers = publicFor(type)
    expect(headers.get('Content-Disposition')).toBeNull()
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it.each(['text/html', 'image/svg+xml', 'application/xml', 'application/pdf', ''])('hand out any other public file (%s) as a download', (type) => {
    expect(publicFor(type).get('Content-Disposition')).toBe('attachment')
  })

  it('make every medical record a private, unstored download', () => {
    const headers = privateFileHeaders({ headers: new Headers({ 'Content-Type': 'application/pdf' }) })
    expect(headers.get('Content-Disposition')).toBe('attachment')
    expect(headers.get('Cache-Control')).toBe('private, no-store')
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
  })
})
