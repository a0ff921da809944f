import type { APIRequestContext } from '@playwright/test'

import { ADMIN } from './env'

/**
 * An admin's API headers. Two logins as one user at the same moment (the other worker) can lose a
 * session in Payload (it reads, appends and writes back the session list), so the session is
 * checked and the login retried.
 */
export const loginAsAdmin = async (request: APIRequestContext): Promise<{ authorization: string }> => {
  for (let attempt = 0; attempt < 4; attempt++) {
    const login = await request.post('/api/users/login', { data: ADMIN })
    const headers = { authorization: `JWT ${(await login.json()).token as string}` }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    if ((await (await request.get('/api/users/me', { headers })).json()).user) return headers
  }
  throw new Error('could not keep an admin session')
}
