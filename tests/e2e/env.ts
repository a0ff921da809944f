import path from 'node:path'

// One place for the production-like server the browser tests run against: its own database and
// uploads under test-results/e2e, a real secret, and a known admin (production seeds only an admin).
const root = path.resolve(import.meta.dirname, '../..')
// E2E_PORT lets two checkouts run their browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT) || 3100
export const E2E_URL = `http://127.0.0.1:${E2E_PORT}`
export const E2E_DIR = path.join(root, 'test-results', 'e2e')
/** Every e-mail the portal sends during the browser tests lands here as JSON (scripts/e2e-server.ts). */
export const E2E_MAIL_DIR = path.join(E2E_DIR, 'mail')
export const ADMIN = { email: 'admin@e2e.example', password: 'e2e-admin-password-123' }

export const e2eEnv: Record<string, string> = {
  DATABASE_URI: `file:${path.join(E2E_DIR, 'portal.db')}`,
  MEDIA_DIR: path.join(E2E_DIR, 'media'),
  PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
  PUBLIC_SERVER_URL: E2E_URL,
  SEED_ADMIN_EMAIL: ADMIN.email,
  SEED_ADMIN_PASSWORD: ADMIN.password,
  SEED_ON_START: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(E2E_PORT),
}
