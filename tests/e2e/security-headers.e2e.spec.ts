import { createServer } from 'node:http'

import { expect, test, type APIResponse } from '@playwright/test'

import { makePdf } from '../helpers/files'
import { ADMIN } from './env'
import { seed } from './fixtures'
import { rawRequest } from './rawHttp'
import { loginAsAdmin } from './session'

// What an attacker saw on main: no CSP, no HSTS, no nosniff, no frame guard on any response, so
// the admin could be framed by any site and files could be sniffed into pages.


const directives = (csp: string) => new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))

const expectHardened = (res: APIResponse, kind: 'document' | 'api') => {
  const h = res.headers()
  const where = `${res.url()} (${res.status()})`
  expect(h['strict-transport-security'], where).toMatch(/max-age=\d{7,}/)
  expect(h['x-content-type-options'], where).toBe('nosniff')
  expect(h['referrer-policy'], where).toMatch(/^(strict-origin-when-cross-origin|same-origin|no-referrer)$/)
  expect(h['permissions-policy'], where).toContain('camera=()')
  const csp = directives(h['content-security-policy'] ?? '')
  expect(csp.get('object-src') ?? csp.get('default-src'), where).toEqual(["'none'"])
  if (kind === 'document') {
    expect(h['x-frame-options'], where).toBe('SAMEORIGIN')
    expect(csp.get('frame-ancestors'), where).toEqual(["'self'"])
    expect(csp.get('base-uri'), where).toEqual(["'self'"])
    expect(csp.get('form-action'), where).toEqual(["'self'"])
    // Scripts only from our own origin: no host, scheme or wildcard an injected tag could use.
    expect(csp.get('script-src')?.filter((source) => !["'self'", "'unsafe-inline'"].includes(source)), where).toEqual([])
  } else {
    expect(h['x-frame-options'], where).toBe('DENY')
    expect(csp.get('frame-ancestors'), where).toEqual(["'none'"])
    expect(csp.get('sandbox'), where).toBeDefined()
  }
}

test('every kind of response carries the security headers', async ({ request }) => {
  const hospital = seed.hospital.slug
  const documents = [
    '/en',
    `/ar/hospitals/${hospital}`,
    `/en/hospitals/${seed.department.hospital.slug}/departments/${seed.department.slug}`,
    '/zh/search?q=car-t',
    '/en/hospitals/no-such-hospital',
    '/ru/no-such-page',
    `/en/og/hospitals/${hospital}`,
    '/en/og/no-such-card',
    '/admin/login',
  ]
  for (const path of documents) expectHardened(await request.get(path), 'document')
  // Redirects: the proxy's language redirect and an agent's short link (unknown code: home).
  expectHardened(await request.get('/', { maxRedirects: 0 }), 'document')
  expectHardened(await request.get('/r/NOSUCHCODE', { maxRedirects: 0 }), 'document')

  for (const path of ['/api/hospitals?limit=1', '/api/users/me', '/api/no-such-endpoint']) expectHardened(await request.get(path), 'api')
  const media = (await (await request.get('/api/media?limit=1&depth=0')).json()).docs[0]
  const image = await request.get(media.url)
  expect(image.status()).toBe(200)
  expectHardened(image, 'api')
  // A public image is shown inline, and the browser never second-guesses its type.
  expect(image.headers()['content-disposition'] ?? 'inline').toMatch(/^inline/)
})

test("the front server's own refusals carry them too: framed by nobody, loading nothing", async ({ baseURL }) => {
  // A URL that does not decode and a body over the limit are answered before Next sees them.
  const host = new URL(baseURL!).host
  const refusals = [
    await rawRequest(baseURL!, `GET /en/hospitals/%zz HTTP/1.1\nHost: ${host}\nConnection: close`),
    await rawRequest(baseURL!, `POST /ru/contact HTTP/1.1\nHost: ${host}\nContent-Type: multipart/form-data; boundary=x\nContent-Length: ${200 * 1024 * 1024}\nX-Forwarded-For: 198.18.2.1`),
  ]
  expect(refusals.map((res) => res.status)).toEqual([400, 413])
  for (const { status, headers: h } of refusals) {
    expect(h['strict-transport-security'], `${status}`).toMatch(/max-age=\d{7,}/)
    expect(h['x-content-type-options'], `${status}`).toBe('nosniff')
    expect(h['referrer-policy'], `${status}`).toBe('strict-origin-when-cross-origin')
    expect(h['permissions-policy'], `${status}`).toContain('camera=()')
    expect(h['x-frame-options'], `${status}`).toBe('DENY')
    const csp = directives(h['content-security-policy'] ?? '')
    expect(csp.get('default-src'), `${status}`).toEqual(["'none'"])
    expect(csp.get('frame-ancestors'), `${status}`).toEqual(["'none'"])
    expect(h['cache-control'], `${status}`).toBe('no-store')
  }
})

test('a server action answers with the security headers', async ({ request, baseURL }) => {
  // The inquiry form without JavaScript: a multipart post naming the action, answered with the
  // form and its errors.
  const html = await (await request.get('/en/contact')).text()
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']))
  expect(Object.keys(fields).length).toBeGreaterThan(0)
  const res = await request.post('/en/contact', { multipart: fields, headers: { origin: baseURL! } })
  expect(res.status()).toBeLessThan(500)
  expectHardened(res, 'document')
})

test('a medical record is always a private download, never a page', async ({ request }) => {
  const headers = await loginAsAdmin(request)
  const created = await request.post('/api/medical-records', {
    headers,
    multipart: { file: { name: 'discharge.pdf', mimeType: 'application/pdf', buffer: makePdf() }, _payload: JSON.stringify({ note: 'e2e headers' }) },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = await created.json()
  const file = await request.get(`/api/medical-records/file/${encodeURIComponent(doc.filename)}`, { headers })
  expect(file.status()).toBe(200)
  const h = file.headers()
  expect(h['content-disposition']).toMatch(/^attachment/)
  expect(h['cache-control']).toContain('no-store')
  expect(h['cache-control']).toContain('private')
  expect(h['x-content-type-options']).toBe('nosniff')
  // A byte range (a PDF viewer's way of reading) gets the same.
  const range = await request.get(`/api/medical-records/file/${encodeURIComponent(doc.filename)}`, { headers: { ...headers, range: 'bytes=0-9' } })
  expect(range.status()).toBe(206)
  expect(range.headers()['content-disposition']).toMatch(/^attachment/)
  expect(range.headers()['cache-control']).toContain('no-store')
  expect((await request.delete(`/api/medical-records/${doc.id}`, { headers })).ok()).toBe(true)
})

test("another site cannot frame the admin's sign-in page", async ({ page, baseURL }) => {
  // A page on another origin (our port + 2) that frames the admin, as a clickjacking page would.
  // It is a real server on the loopback: Chromium keeps a page it cannot place on the network from
  // framing a local address at all, which would hide what our headers do.
  const victimUrl = `${baseURL}/admin/login`
  const attacker = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(`<!doctype html><title>waiting</title><iframe id="victim" src="${victimUrl}" onload="document.title='framed'" width="800" height="600"></iframe>`)
  })
  const port = Number(new URL(baseURL!).port) + 2
  await new Promise<void>((resolve) => attacker.listen(port, '127.0.0.1', resolve))
  try {
    await page.goto(`http://127.0.0.1:${port}/`)
    await expect(page).toHaveTitle('framed')
    // The browser refused it: the frame holds its error page, not our sign-in form.
    await page.waitForTimeout(1_000)
    const victim = page.frames().find((frame) => frame !== page.mainFrame())
    expect(victim?.url()).not.toBe(victimUrl)
    await expect(page.frameLocator('#victim').locator('input[name="email"]')).toHaveCount(0)
  } finally {
    attacker.close()
  }
})

const setCookies = (res: APIResponse, name: string) =>
  res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith(`${name}=`))
    .map((h) => h.value)

test('every cookie the portal sets is SameSite=Lax (and not Secure over plain http)', async ({ request }) => {
  // next-intl remembers a language that differs from the browser's.
  const locale = setCookies(await request.get('/zh', { headers: { 'accept-language': 'en' }, maxRedirects: 0 }), 'NEXT_LOCALE')
  expect(locale).toHaveLength(1)
  expect(locale[0]).toMatch(/;\s*SameSite=Lax/i)
  expect(locale[0]).toMatch(/;\s*Path=\//i)

  const referral = setCookies(await request.get('/en?ref=ABCDEFGH', { maxRedirects: 0 }), 'cc_ref')
  expect(referral).toHaveLength(1)
  expect(referral[0]).toMatch(/;\s*SameSite=Lax/i)
  expect(referral[0]).toMatch(/;\s*HttpOnly/i)

  const token = setCookies(await request.post('/api/users/login', { data: ADMIN }), 'payload-token')
  expect(token).toHaveLength(1)
  expect(token[0]).toMatch(/;\s*SameSite=Lax/i)
  expect(token[0]).toMatch(/;\s*HttpOnly/i)

  // This server runs at http://127.0.0.1 (PUBLIC_SERVER_URL): the site's own cookies are not
  // marked Secure, which would make browsers drop them on an http deployment.
  for (const cookie of [...locale, ...referral]) expect(cookie).not.toMatch(/;\s*Secure/i)
})
