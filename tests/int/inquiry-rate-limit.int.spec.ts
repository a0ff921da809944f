import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { REFERRAL_COOKIE } from '@/lib/referral'

// A small limit for this file only; the limiter reads it when its module loads.
process.env.INQUIRY_RATE_LIMIT = '3'

let proxy: (request: NextRequest) => Promise<Response>

beforeAll(async () => {
  proxy = (await import('@/proxy')).default
})

const post = (path: string, ip: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://portal.test${path}`, { method: 'POST', headers: { 'x-forwarded-for': ip, ...headers }, body: 'x' }))

describe('rate limit on form posts (the proxy in front of every public page)', () => {
  it('lets a few posts through, then answers 429 in the page language with Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) expect((await post('/ru/contact', '203.0.113.7')).status).not.toBe(429)
    const refused = await post('/ru/contact', '203.0.113.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('content-type')).toContain('text/html')
    const html = await refused.text()
    expect(html).toContain('lang="ru"')
    expect(html).toContain('Слишком много запросов с вашего подключения')
    expect(html).toContain('href="/ru/contact#contact-channels"')
  })

  it("gives the form's script plain text it can show, right-to-left text for Arabic pages", async () => {
    for (let i = 0; i < 3; i += 1) await post('/ar/therapies/car-t', '203.0.113.8', { 'next-action': 'abc' })
    const refused = await post('/ar/therapies/car-t', '203.0.113.8', { 'next-action': 'abc' })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('content-type')).toBe('text/plain')
    expect(await refused.text()).toContain('استفسارات كثيرة جداً من اتصالك')
  })

  it('counts each client on its own, and never limits reading pages', async () => {
    expect((await post('/en/contact', '203.0.113.9')).status).not.toBe(429)
    for (let i = 0; i < 10; i += 1) {
      const page = await proxy(new NextRequest('http://portal.test/en/contact', { headers: { 'x-forwarded-for': '203.0.113.7' } }))
      expect(page.status).not.toBe(429)
    }
  })

  it('remembers ?ref=CODE for 30 days in a first-party cookie, and ignores malformed codes', async () => {
    const page = await proxy(new NextRequest('http://portal.test/en/stories?ref=abcd2345'))
    const cookie = page.headers.get('set-cookie') ?? ''
    expect(cookie).toContain(`${REFERRAL_COOKIE}=ABCD2345`)
    expect(cookie).toMatch(/Max-Age=2592000/i)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=lax/i)
    const bad = await proxy(new NextRequest('http://portal.test/en/stories?ref=%3Cscript%3E'))
    expect(bad.headers.get('set-cookie') ?? '').not.toContain(REFERRAL_COOKIE)
  })
})
