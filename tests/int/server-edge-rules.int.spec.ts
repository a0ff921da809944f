import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { MAX_BODY_BYTES, MAX_RECORD_BYTES, MAX_RECORDS } from '@/lib/bodyLimits.mjs'
import { clientAddress, parseTrustedProxies } from '@/server/clientAddress.mjs'
import { loadRefusalTexts, refusal } from '@/server/refusals.mjs'
import { createUploadGate } from '@/server/uploadGate.mjs'

// The rules of the production server in front of Next, one by one; tests/e2e checks them over HTTP.
describe('which client address the server believes', () => {
  const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8 ::1')
  it('takes the connection peer when it is not a proxy of ours, whatever the headers claim', () => {
    expect(clientAddress({ peer: '203.0.113.1', forwardedFor: '198.51.100.1', trusted })).toBe('203.0.113.1')
    expect(clientAddress({ peer: '::ffff:203.0.113.1', forwardedFor: '198.51.100.1', trusted: parseTrustedProxies('') })).toBe('203.0.113.1')
  })
  it('reads X-Forwarded-For from the right, past each trusted hop, from a trusted peer', () => {
    expect(clientAddress({ peer: '::ffff:127.0.0.1', forwardedFor: '1.2.3.4, 198.51.100.9', trusted })).toBe('198.51.100.9')
    expect(clientAddress({ peer: '127.0.0.1', forwardedFor: '1.2.3.4, 198.51.100.9, 10.1.2.3', trusted })).toBe('198.51.100.9')
    expect(clientAddress({ peer: '::1', forwardedFor: '2001:db8::1', trusted })).toBe('2001:db8::1')
    expect(clientAddress({ peer: '127.0.0.1', forwardedFor: 'not-an-address', trusted })).toBe('127.0.0.1')
    expect(clientAddress({ peer: '127.0.0.1', forwardedFor: '', trusted })).toBe('127.0.0.1')
  })
  it('refuses to start on a malformed TRUSTED_PROXIES entry', () => {
    for (const bad of ['10.0.0.0/33', 'proxy.local', '10.0.0.1/8/1', '::1/129']) expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/)
  })
})

describe('body limits and refusals', () => {
  it("is the form's real maximum: five records and the fields", () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(MAX_RECORDS * MAX_RECORD_BYTES)
    expect(MAX_BODY_BYTES).toBeLessThanOrEqual(MAX_RECORDS * MAX_RECORD_BYTES + 2 * 1024 * 1024)
  })
  it('answers in every language of the portal, right to left in Arabic', () => {
    const texts = loadRefusalTexts(path.resolve(import.meta.dirname, '../../messages'))
    expect([...texts.keys()].sort()).toEqual([...locales].sort())
    const page = refusal(texts, { kind: 'tooLarge', url: '/ar/contact', forScript: false })
    expect(page.status).toBe(413)
    expect(page.body).toContain('dir="rtl"')
    expect(refusal(texts, { kind: 'badRequest', url: '/%zz', forScript: true }).headers['content-type']).toContain('text/plain')
  })
  it('lets a few uploads in at once, queues the rest and turns them away when the queue is full', async () => {
    const gate = createUploadGate({ concurrency: 2, queueLength: 1, waitMs: 1_000 })
    const first = await gate.acquire()
    const second = await gate.acquire()
    const third = gate.acquire()
    expect(await gate.acquire()).toBeNull()
    first!()
    first!()
    expect(typeof (await third)).toBe('function')
    expect(gate.active).toBe(2)
    second!()
    expect(gate.active).toBe(1)
  })
})
