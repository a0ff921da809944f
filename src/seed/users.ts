import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '@/access/hasRole'

export const DEV_ADMIN_EMAIL = 'admin@china-care.example'
export const DEV_PASSWORD = 'demo-password-change-me'

/** `announce`: the password came from this code (generated, or the known demo one), so it is printed once. */
type SeedAccount = { email: string; password: string; roles: Role[]; displayName: string; announce: boolean }

/**
 * The demo admin comes from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD. Without them, development uses
 * a fixed, printed default; production gets a random password, printed once, never a known one.
 * A password the operator chose is never printed: logs are kept and shipped where secrets are not.
 * Accounts for the other roles exist only outside production, to try the admin in each role.
 */
export const seedAccounts = (env: NodeJS.ProcessEnv = process.env): SeedAccount[] => {
  const production = env.NODE_ENV === 'production'
  const password = env.SEED_ADMIN_PASSWORD || (production ? randomBytes(18).toString('base64url') : DEV_PASSWORD)
  const announce = !env.SEED_ADMIN_PASSWORD
  const admin: SeedAccount = { email: env.SEED_ADMIN_EMAIL || DEV_ADMIN_EMAIL, password, roles: ['admin'], displayName: 'Admin', announce }
  if (production) return [admin]
  const demo = (role: Exclude<Role, 'admin'>, displayName: string): SeedAccount => ({
    email: `${role}@china-care.example`,
    password: DEV_PASSWORD,
    roles: [role],
    displayName,
    announce: true,
  })
  return [admin, demo('editor', 'Demo editor'), demo('coordinator', 'Demo coordinator'), demo('agent', 'Demo agent')]
}

/** Creates the accounts that do not exist yet; existing accounts (and their passwords) are left alone. */
export const seedUsers = async (payload: Payload): Promise<void> => {
  for (const account of seedAccounts()) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: account.email } } })
    if (totalDocs > 0) continue
    const { announce, ...data } = account
    await payload.create({ collection: 'users', data })
    const password = announce ? account.password : '(the password from SEED_ADMIN_PASSWORD)'
    payload.logger.info(`[seed] ${account.roles.join(', ')} account: ${account.email} / ${password}`)
  }
}
