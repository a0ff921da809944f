import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
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

  // The job runner deletes finished jobs outside any transaction; while an inquiry's transaction was
  // open that failed with "database is locked", and could make the inquiry's COMMIT fail unseen.
  it('a write outside any transaction waits for the open one, and both are kept', async () => {
    if (payload.db.name === 'mongoose') return // SQLite's single writer; MongoDB has no such lock
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({ collection: 'users', data: { email: 'in-transaction@test.example', password: 'a-long-test-password-123', roles: ['agent'] }, req })
    const outside = payload.db.create({ collection: 'users', data: { email: 'outside@test.example', roles: ['agent'] } })
    await new Promise((resolve) => setTimeout(resolve, 200))
    await commitTransaction(req)
    await expect(outside).resolves.toBeDefined()
    expect((await payload.count({ collection: 'users', where: { email: { in: ['in-transaction@test.example', 'outside@test.example'] } } })).totalDocs).toBe(2)
  })
})
