import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { expect, test } from '@playwright/test'

import { E2E_DIR, e2eEnv } from './env'
import { message } from './fixtures'
import { startServer } from './serverProcess'

// A second `next start` of the same production build, on a port of its own, with one thing wrong.
const PORT = String((Number(process.env.E2E_PORT) || 3100) + 7)
const root = path.resolve(import.meta.dirname, '../..')

const nextStart = (env: Record<string, string | undefined>) =>
  new Promise<{ status: number | null; output: string; timedOut: boolean }>((resolve) => {
    const child = spawn('node_modules/.bin/next', ['start', '-p', PORT, '-H', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, ...e2eEnv, NODE_ENV: 'production', PORT, NODE_OPTIONS: '--no-deprecation', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    let timedOut = false
    const timer = setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), 45_000)
    child.on('exit', (status) => (clearTimeout(timer), resolve({ status, output, timedOut })))
  })

const expectRefusal = async (env: Record<string, string | undefined>, reason: RegExp) => {
  const run = await nextStart(env)
  expect(run.timedOut, run.output).toBe(false)
  expect(run.status, run.output).toBe(1)
  const refusal = run.output.split('\n').filter((line) => line.includes('[startup] refusing to start'))
  expect(refusal, run.output).toHaveLength(1)
  expect(refusal[0]).toMatch(reason)
}

test.describe('production start-up', () => {
  test('GET /api/health says the database answers, and is never cached', async ({ request }) => {
    const response = await request.get('/api/health')
    expect(response.status()).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers()['cache-control']).toMatch(/no-store/)
  })

  test('`next start` refuses a monotonous PAYLOAD_SECRET with one line and status 1, instead of "Ready" and 500s', async () => {
    await expectRefusal({ PAYLOAD_SECRET: 'password'.repeat(6) }, /PAYLOAD_SECRET has too little variety/)
  })

  test('`next start` refuses a missing PAYLOAD_SECRET', async () => {
    await expectRefusal({ PAYLOAD_SECRET: '' }, /PAYLOAD_SECRET is not set/)
  })

  test('`next start` refuses a database set up by development mode instead of hanging at a migration prompt', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-e2e-dev-')), 'portal.db')
    const client = createClient({ url: `file:${file}` })
    await client.executeMultiple("CREATE TABLE payload_migrations (name text, batch numeric); INSERT INTO payload_migrations VALUES ('dev', -1);")
    client.close()
    await expectRefusal({ DATABASE_URI: `file:${file}` }, /set up by development mode/)
  })

  test('`next start` refuses an unreachable MongoDB with a clear message', async () => {
    // Nothing listens on this port of our range: the driver gives up after the timeout.
    await expectRefusal({ DATABASE_URI: `mongodb://127.0.0.1:${Number(PORT) + 2}/portal`, MONGODB_SERVER_SELECTION_TIMEOUT_MS: '1500' }, /Cannot reach MongoDB/)
  })
})

test.describe('the SQLite file moved away under a running production server', () => {
  test('pages keep serving, the API and health answer 503, the form a translated 503 with nothing stored, no empty database appears, and all recovers when the file is back', async ({ browser, request }) => {
    // A server of its own (started as `npm start` starts it) on a copy of the e2e database, so the
    // other tests never see the fault.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-e2e-moved-')), 'portal.db')
    const source = createClient({ url: `file:${path.join(E2E_DIR, 'portal.db')}` })
    await source.execute({ sql: 'VACUUM INTO ?', args: [file] })
    source.close()
    const inquiries = async () => {
      const copy = createClient({ url: `file:${file}` })
      try {
        return Number((await copy.execute('SELECT count(*) AS n FROM inquiries')).rows[0]!.n)
      } finally {
        copy.close()
      }
    }
    const before = await inquiries()
    const server = await startServer(8, { DATABASE_URI: `file:${file}` })
    const url = server.url
    // Without JavaScript, so the status line is the form's own answer.
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' })
    const page = await context.newPage()
    const postForm = async () => {
      const answer = page.waitForResponse((res) => res.request().method() === 'POST')
      await page.getByRole('button', { name: message('ru', 'inquiry.submit') }).click()
      const status = (await answer).status()
      await page.waitForLoadState()
      return status
    }
    try {
      await expect.poll(async () => (await request.get(`${url}/api/health`).catch(() => undefined))?.status(), { timeout: 45_000 }).toBe(200)
      expect((await request.get(`${url}/en`)).status()).toBe(200)
      await page.goto(`${url}/ru/contact`)
      await page.locator('#inq-name').fill('Дана Аманова')
      await page.locator('#inq-email').fill('moved-file@patient.test')
      await page.locator('#inq-diagnosis').fill('ОМЛ, рецидив')
      await page.locator('#inq-consent').check()
      await page.locator('#inq-transferConsent').check()

      renameSync(file, `${file}.moved`)
      expect((await request.get(`${url}/api/health`)).status()).toBe(503)
      expect((await request.get(`${url}/api/hospitals?limit=1`)).status()).toBe(503)
      // Public pages come from the cache: visitors still read them.
      expect((await request.get(`${url}/en`)).status()).toBe(200)
      // The form: a 503, in Russian, saying nothing was saved, with the other ways to reach us,
      // and the answers still in the form.
      expect(await postForm()).toBe(503)
      await expect(page.getByText(message('ru', 'inquiry.unavailable.title'))).toBeVisible()
      await expect(page.locator('#inq-name')).toHaveValue('Дана Аманова')
      expect(existsSync(file)).toBe(false)

      renameSync(`${file}.moved`, file)
      expect(await inquiries()).toBe(before)
      expect((await request.get(`${url}/api/health`)).status()).toBe(200)
      expect((await request.get(`${url}/api/hospitals?limit=1`)).status()).toBe(200)
      // Back by itself: the same form goes through.
      await page.locator('#inq-consent').check()
      await page.locator('#inq-transferConsent').check()
      expect(await postForm()).toBe(303)
      await expect(page).toHaveURL(/\/ru\/contact\/sent\?ref=/)
      expect(await inquiries()).toBe(before + 1)
    } finally {
      await context.close()
      await server.stop()
    }
  })
})
