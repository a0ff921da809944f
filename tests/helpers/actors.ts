import type { Payload } from 'payload'

import type { Role } from '@/access/hasRole'
import type { User } from '@/payload-types'

export type ActorName = 'visitor' | 'agent' | 'editor' | 'coordinator' | 'admin'
export type Actor = { name: ActorName; user: User | null; headers: Record<string, string> }

const PASSWORD = 'a-long-test-password-123'

/**
 * One signed-in user per role, plus the anonymous visitor. Each logs in through the real REST
 * login endpoint, and requests then carry its JWT, exactly as the admin UI's API calls do.
 */
export const createActor = async (payload: Payload, baseUrl: string, role: Role, email = `${role}@test.example`): Promise<Actor> => {
  await payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: [role] } })
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (!res.ok) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`)
  const { token, user } = (await res.json()) as { token: string; user: User }
  return { name: role === 'admin' ? 'admin' : role, user, headers: { authorization: `JWT ${token}` } }
}

export const visitor: Actor = { name: 'visitor', user: null, headers: {} }
