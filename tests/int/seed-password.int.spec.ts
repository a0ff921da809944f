import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seedAccounts, seedUsers } from '@/seed/users'
import { bootPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await bootPayload())
})

afterAll(async () => {
  await payload?.destroy()
})

describe("the seed's admin password", () => {
  it('is never printed when the operator set it through SEED_ADMIN_PASSWORD', async () => {
    const chosen = 'operator-chosen-Secret-7781'
    const logged: string[] = []
    const spy = vi.spyOn(payload.logger, 'info').mockImplementation(((message: unknown) => void logged.push(String(message))) as never)
    process.env.SEED_ADMIN_PASSWORD = chosen
    try {
      await seedUsers(payload)
    } finally {
      delete process.env.SEED_ADMIN_PASSWORD
      spy.mockRestore()
    }
    expect(logged.join('\n')).toContain('admin@china-care.example')
    expect(logged.join('\n')).not.toContain(chosen)
    const login = await payload.login({ collection: 'users', data: { email: 'admin@china-care.example', password: chosen } })
    expect(login.user?.roles).toEqual(['admin'])
  })

  it('is printed once when the seed generated it (production without SEED_ADMIN_PASSWORD)', () => {
    const [admin] = seedAccounts({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)
    expect(admin!.announce).toBe(true)
    expect(admin!.password).toMatch(/^[\w-]{24}$/)
    expect(seedAccounts({ NODE_ENV: 'production', SEED_ADMIN_PASSWORD: 'x'.repeat(20) } as NodeJS.ProcessEnv)[0]!.announce).toBe(false)
  })
})
