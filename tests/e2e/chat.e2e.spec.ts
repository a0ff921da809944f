import { expect, test, type APIRequestContext } from '@playwright/test'

import { locales } from '@/i18n/locales'
import { E2E_URL } from './env'
import { loginAsAdmin } from './session'
import { message } from './fixtures'

// The settings are changed for every locale once, then each locale's links are checked.
test.describe.configure({ mode: 'serial' })

// Clearly fake example values: no real number or account is ever opened by these tests.
const WHATSAPP = '+999 000 000 0000'
const TELEGRAM = 'example_care_team'
let admin: Record<string, string>
let agentCode = ''
let agentId = 0

const taps = async (request: APIRequestContext, locale: string, app: string) =>
  (await (await request.get(`/api/chat-taps?where[locale][equals]=${locale}&where[app][equals]=${app}&limit=0`, { headers: admin })).json()).totalDocs as number

test.beforeAll(async ({ request }) => {
  admin = await loginAsAdmin(request)
  for (const locale of locales) {
    // The whole contact group goes back, so this locale's e-mail and WeChat ID stay as they were.
    const current = await (await request.get(`/api/globals/site-settings?locale=${locale}&fallback-locale=none&depth=0`, { headers: admin })).json()
    const res = await request.post(`/api/globals/site-settings?locale=${locale}`, { headers: admin, data: { contact: { ...current.contact, whatsapp: WHATSAPP, telegram: TELEGRAM } } })
    expect(res.ok(), await res.text()).toBe(true)
  }
  const agent = await request.post('/api/users', { headers: admin, data: { email: `chat-agent-${Date.now()}@e2e.example`, password: 'e2e-agent-password-123', roles: ['agent'] } })
  ;({ referralCode: agentCode, id: agentId } = (await agent.json()).doc)
  expect(agentCode).toMatch(/^[A-Z2-9]{6,16}$/)
})

for (const locale of locales) {
  test(`${locale}: the chat buttons open WhatsApp and Telegram with the page and the agent's code typed in, and count a tap once`, async ({ request }) => {
    const page = `/${locale}/contact`
    await expect.poll(async () => (await (await request.get(page)).text()).includes(`/${locale}/chat/whatsapp?page=`), { timeout: 15_000 }).toBe(true)
    const html = await (await request.get(page)).text()
    const expected = `${message(locale, 'chat.prefill').replace('{page}', `${E2E_URL}${page}`)}\n${message(locale, 'chat.prefillAgent').replace('{code}', agentCode)}`
    for (const [app, base] of [['whatsapp', 'https://wa.me/9990000000000'], ['telegram', `https://t.me/${TELEGRAM}`]] as const) {
      const href = html.match(new RegExp(`href="(/${locale}/chat/${app}\\?page=[^"]+)"`))?.[1]?.replace(/&amp;/g, '&')
      expect(href).toBe(`/${locale}/chat/${app}?page=${encodeURIComponent(page)}`)
      const before = await taps(request, locale, app)
      for (let tap = 0; tap < 2; tap++) {
        const res = await request.get(href!, { maxRedirects: 0, headers: { cookie: `cc_ref=${agentCode}` } })
        expect(res.status()).toBe(302)
        const location = new URL(res.headers()['location']!)
        expect(`${location.origin}${location.pathname}`).toBe(base)
        expect(location.searchParams.get('text')).toBe(expected)
      }
      // Two taps by the same visitor on the same day are one.
      expect(await taps(request, locale, app)).toBe(before + 1)
      const [latest] = (await (await request.get(`/api/chat-taps?where[locale][equals]=${locale}&where[app][equals]=${app}&sort=-createdAt&limit=1&depth=0`, { headers: admin })).json()).docs
      expect(latest).toMatchObject({ page, agent: agentId })
    }
  })
}

test('a tap for a page elsewhere, or an unknown app, goes nowhere else', async ({ request }) => {
  const away = await request.get(`/en/chat/whatsapp?page=${encodeURIComponent('//evil.example/x')}`, { maxRedirects: 0 })
  expect(away.status()).toBe(302)
  expect(away.headers()['location']).toBe('/en/contact')
  expect((await request.get('/en/chat/signal?page=%2Fen', { maxRedirects: 0 })).status()).toBe(404)
})
