import { expect, test } from '@playwright/test'

import { E2E_URL } from './env'
import { message } from './fixtures'
import { rawRequest } from './rawHttp'

// Requests a visitor's browser would never send but a script or a mangled link does. Each used to
// get a 500 (or hold the connection); now a 4xx, in the language of the path where there is a page.
const HOST = new URL(E2E_URL).host
const get = (target: string, extra = '') => rawRequest(E2E_URL, `GET ${target} HTTP/1.1\nHost: ${HOST}\nConnection: close${extra}`)
const post = (target: string, headers: Record<string, string>, body: string) =>
  rawRequest(
    E2E_URL,
    [`POST ${target} HTTP/1.1`, `Host: ${HOST}`, 'Connection: close', `Content-Length: ${Buffer.byteLength(body)}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join('\n'),
    body,
  )
let client = 0
/** Each post comes from its own client address (the e2e server trusts loopback as its proxy). */
const asClient = () => ({ 'X-Forwarded-For': `198.18.0.${(client += 1)}` })

const noStackTrace = (body: string) => {
  expect(body).not.toMatch(/\bat \S+ \(|node_modules|Error:|\.js:\d+/)
}

test('a URL that does not decode (/%zz, /en/hospitals/%, /r/%ff%fe, …) is a translated 400, on every kind of route', async () => {
  const cases: [string, 'en' | 'ru' | 'zh' | 'ar'][] = [
    ['/%zz', 'en'],
    ['/en/hospitals/%', 'en'],
    ['/ru/stories/%E0%A4%A', 'ru'],
    ['/zh/therapies/%c0%af', 'zh'],
    ['/ar/%', 'ar'],
    ['/r/%ff%fe', 'en'],
    ['/en/og/hospitals/%zz', 'en'],
    ['/next/exit-preview/%', 'en'],
    ['/api/hospitals/%zz', 'en'],
    ['/admin/%', 'en'],
    ['/_next/static/%zz', 'en'],
    ['/en/hospitals/%00', 'en'],
    ['/en/%0d%0aSet-Cookie:%20x=1', 'en'],
  ]
  for (const [target, locale] of cases) {
    const res = await get(target)
    expect(res.status, target).toBe(400)
    expect(res.body, target).toContain(message(locale, 'requestRefused.badRequest.title'))
    noStackTrace(res.body)
  }
  // HEAD and other methods get the same answer (without a body for HEAD).
  expect((await rawRequest(E2E_URL, `HEAD /en/%zz HTTP/1.1\nHost: ${HOST}\nConnection: close`)).status).toBe(400)
})

test("a router-state header Next cannot read (a script's, not the app's) is a 400, not a 500", async () => {
  for (const tree of ['garbage', '%zz', encodeURIComponent('["x"'), encodeURIComponent('[1]'), encodeURIComponent(`[${'['.repeat(3000)}`)]) {
    // fetch follows Next's redirect to the ?_rsc= address, headers and all, as the app's router does.
    const res = await fetch(`${E2E_URL}/en/hospitals`, { headers: { rsc: '1', 'next-router-state-tree': tree } })
    expect(res.status, tree.slice(0, 20)).toBe(400)
    noStackTrace(await res.text())
  }
})

test('CR/LF or NUL in /next/exit-preview?path= is a 400, not a 500 from the redirect', async () => {
  for (const path of ['/en/%0d%0aSet-Cookie:%20x=1', '/ru/hospitals%0aLocation:%20//evil.example', '/en/%00', '/en%0d%0aSet-Cookie:%20x=1', '/ru%09']) {
    const res = await get(`/next/exit-preview?path=${path}`)
    expect(res.status, path).toBe(400)
    expect(res.headers['set-cookie'] ?? '').not.toContain('x=1')
    noStackTrace(res.body)
  }
  // A normal path still leaves draft mode and returns to the page.
  const ok = await get('/next/exit-preview?path=/en/hospitals')
  expect(ok.status).toBe(307)
  expect(ok.headers.location).toBe('/en/hospitals')
})

const actionId = async () => {
  const html = await (await fetch(`${E2E_URL}/en/contact`)).text()
  const id = /\$ACTION_ID_([0-9a-f]{20,})/.exec(html)?.[1] ?? /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(html)?.[1]
  expect(id, 'the contact page carries the form action id').toBeTruthy()
  return id!
}

test("the inquiry form's server action posted from another website is a translated 403", async () => {
  const id = await actionId()
  const body = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--x--\r\n'
  for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example', 'not a url']) {
    const script = await post('/ru/contact', { ...asClient(), Origin: origin, 'Next-Action': id, 'Content-Type': 'multipart/form-data; boundary=x' }, body)
    expect(script.status, origin).toBe(403)
    expect(script.body).toContain(message('ru', 'requestRefused.forbidden.title'))
    const noScript = await post('/ar/contact', { ...asClient(), Origin: origin, 'Content-Type': 'multipart/form-data; boundary=x' }, `--x\r\nContent-Disposition: form-data; name="$ACTION_ID_${id}"\r\n\r\n\r\n--x--\r\n`)
    expect(noScript.status, origin).toBe(403)
    expect(noScript.body).toContain(message('ar', 'requestRefused.forbidden.title'))
  }
  // The admin's own server functions get the same check.
  expect((await post('/admin', { ...asClient(), Origin: 'https://evil.example', 'Next-Action': id, 'Content-Type': 'text/plain' }, '[]')).status).toBe(403)
})

test('empty, malformed or truncated multipart, and action arguments that are not JSON, are a translated 400', async () => {
  const id = await actionId()
  const cases: { name: string; headers: Record<string, string>; body: string }[] = [
    { name: 'empty multipart', headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: '' },
    { name: 'multipart without a boundary', headers: { 'Content-Type': 'multipart/form-data' }, body: 'abc' },
    { name: 'another boundary than declared', headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--y\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--y--\r\n' },
    { name: 'truncated multipart action', headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Next-Action': id }, body: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"' },
    { name: 'multipart action, argument not JSON', headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Next-Action': id }, body: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n{not json\r\n--x--\r\n' },
    { name: 'no-script action, bound state not JSON', headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: `--x\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--x\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"${id}","bound":"$@1"\r\n--x\r\nContent-Disposition: form-data; name="$ACTION_1:1"\r\n\r\nnot json\r\n--x--\r\n` },
    { name: 'text action argument not JSON', headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Next-Action': id }, body: 'this is not json' },
    { name: 'URL-encoded post', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'name=x' },
    { name: 'JSON post', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' },
  ]
  for (const { name, headers, body } of cases) {
    const res = await post('/zh/contact', { ...asClient(), Origin: E2E_URL, ...headers }, body)
    expect(res.status, name).toBe(400)
    expect(res.body, name).toContain(message('zh', 'requestRefused.badRequest.title'))
    noStackTrace(res.body)
  }
})

test("uploads to Payload's API with broken multipart framing are a 400, not a 500 from its parser", async () => {
  const cases: { name: string; contentType: string; body: string }[] = [
    { name: 'empty', contentType: 'multipart/form-data; boundary=x', body: '' },
    { name: 'no boundary', contentType: 'multipart/form-data', body: '--x\r\n' },
    { name: 'another boundary', contentType: 'multipart/form-data; boundary=x', body: '--y\r\nxx' },
    { name: 'cut short', contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG' },
  ]
  for (const target of ['/api/media', '/api/medical-records', '/api/users/login']) {
    for (const { name, contentType, body } of cases) {
      const res = await post(target, { 'Content-Type': contentType }, body)
      expect(res.status, `${target}: ${name}`).toBe(400)
      noStackTrace(res.body)
    }
  }
})

test('a body over the limit, by its Content-Length, is a translated 413 before anything is read', async () => {
  const res = await rawRequest(E2E_URL, `POST /ru/contact HTTP/1.1\nHost: ${HOST}\nContent-Type: multipart/form-data; boundary=x\nContent-Length: ${200 * 1024 * 1024}\nX-Forwarded-For: 198.18.1.1`)
  expect(res.status).toBe(413)
  expect(res.body).toContain(message('ru', 'requestRefused.tooLarge.title'))
  // The server answered without waiting for the 200 MB it was promised, and then let go.
  expect(res.closedAfterMs).toBeLessThan(15_000)
})

test('a Content-Length that overstates the body, or headers that never finish, time out within seconds', async () => {
  test.setTimeout(90_000)
  const [overstated, apiOverstated, slowHeaders] = await Promise.all([
    rawRequest(E2E_URL, `POST /en/contact HTTP/1.1\nHost: ${HOST}\nOrigin: ${E2E_URL}\nContent-Type: multipart/form-data; boundary=x\nContent-Length: 100000\nX-Forwarded-For: 198.18.1.2`, '--x\r\n', 45_000),
    rawRequest(E2E_URL, `POST /api/users/login HTTP/1.1\nHost: ${HOST}\nContent-Type: application/json\nContent-Length: 5000`, '{"email":', 45_000),
    rawRequest(E2E_URL, `GET /en HTTP/1.1\nHost: ${HOST}\nX-Slow: 1`, '', 45_000, { endHeaders: false }),
  ])
  // The body idles 10 s before it is given up on, headers 15 s; "within seconds" with room for a busy machine.
  expect(overstated.closedAfterMs).toBeLessThan(30_000)
  expect(overstated.status).toBe(408)
  expect(overstated.body).toContain(message('en', 'requestRefused.timeout.title'))
  expect(apiOverstated.closedAfterMs).toBeLessThan(30_000)
  expect(slowHeaders.closedAfterMs).toBeLessThan(30_000)
})
