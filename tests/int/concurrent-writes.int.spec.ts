import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  ;({ payload } = await bootPayload())
})
afterAll(async () => {
  await payload?.destroy()
})

describe('writes that arrive together', () => {
  it('all succeed: each transaction waits its turn instead of failing with "database is locked"', async () => {
    const emails = Array.from({ length: 6 }, (_, i) => `together-${i}@test.example`)
    const results = await Promise.allSettled(
      emails.map((email) => payload.create({ collection: 'users', data: { email, password: 'a-long-test-password-123', roles: ['agent'] } })),
    )
    expect(results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason))).toEqual([])
    expect((await payload.count({ collection: 'users', where: { email: { in: emails } } })).totalDocs).toBe(emails.length)
  })

  it('a failed transaction releases its turn: the next write still goes through', async () => {
    await expect(payload.create({ collection: 'users', data: { email: 'together-0@test.example', password: 'a-long-test-password-123', roles: ['agent'] } })).rejects.toThrow()
    const after = await payload.create({ collection: 'users', data: { email: 'after-failure@test.example', password: 'a-long-test-password-123', roles: ['agent'] } })
    expect(after.id).toBeDefined()
  })
})
