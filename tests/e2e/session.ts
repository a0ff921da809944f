import type { APIRequestContext } from '@playwright/test'

import { ADMIN } from './env'

/**
 * A user's API headers (an admin's by default). Two logins as one user at the same moment (the other worker) can lose a
 * session in Payload (it reads, appends and writes back the session list), so the session is
 * checked and the login retried.
 */
export const signIn = async (request: APIRequestContext, who: { email: string; password: string } = ADMIN): Promise<{ authorization: string }> => {
  let status = 0
  for (let attempt = 0; attempt < 4; attempt++) {
    const login = await request.post('/api/users/login', { data: who })
    status = login.status()
    if (login.ok()) {
      const headers = { authorization: `JWT ${(await login.json()).token as string}` }
      await new Promise((resolve) => setTimeout(resolve, 1000))
      if ((await (await request.get('/api/users/me', { headers })).json()).user) return headers
    } else await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`could not keep a session for ${who.email} (last answer ${status})`)
}

export const loginAsAdmin = (request: APIRequestContext) => signIn(request, ADMIN)
