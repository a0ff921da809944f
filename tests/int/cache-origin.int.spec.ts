import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

const { namesAnotherOrigin } = createRequire(import.meta.url)('../../src/lib/cache/namesAnotherOrigin.cjs') as {
  namesAnotherOrigin: (value: unknown, origin: string) => boolean
}

const page = (origin: string) => ({ kind: 'APP_PAGE', html: `<html><head><link rel="canonical" href="${origin}/en/hospitals/x"/></head></html>` })
const route = (body: string, type: string) => ({ kind: 'APP_ROUTE', body: Buffer.from(body), headers: { 'content-type': type } })

describe('cached pages made for another PUBLIC_SERVER_URL are made again', () => {
  it('spots a page, a sitemap and a robots.txt naming another origin', () => {
    expect(namesAnotherOrigin(page('http://localhost:3000'), 'https://portal.example')).toBe(true)
    expect(namesAnotherOrigin(page('https://portal.example'), 'https://portal.example')).toBe(false)
    const sitemap = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://localhost:3000/en</loc></url></urlset>'
    expect(namesAnotherOrigin(route(sitemap, 'application/xml'), 'https://portal.example')).toBe(true)
    expect(namesAnotherOrigin(route(sitemap, 'application/xml'), 'http://localhost:3000')).toBe(false)
    expect(namesAnotherOrigin(route('User-Agent: *\nSitemap: http://localhost:3000/sitemap.xml\n', 'text/plain'), 'https://portal.example')).toBe(true)
  })

  it('keeps what names no origin: link-preview images, 404 pages, data', () => {
    expect(namesAnotherOrigin(route('\x89PNG http://localhost:3000', 'image/png'), 'https://portal.example')).toBe(false)
    expect(namesAnotherOrigin({ kind: 'APP_PAGE', html: '<html><head><title>Not found</title></head></html>' }, 'https://portal.example')).toBe(false)
    expect(namesAnotherOrigin({ kind: 'FETCH', data: { body: 'http://localhost:3000' } }, 'https://portal.example')).toBe(false)
    expect(namesAnotherOrigin(null, 'https://portal.example')).toBe(false)
  })
})
