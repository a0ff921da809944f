import config from '@payload-config'
import { getPayload } from 'payload'

import { checkHealth } from '@/lib/startup/health'

// Asked every few seconds by Docker and load balancers: never cached, never prerendered.
export const dynamic = 'force-dynamic'

/** GET /api/health: 200 {"status":"ok"} while the database answers, 503 {"status":"unavailable"} otherwise. */
export const GET = async (): Promise<Response> => {
  const { ok } = await checkHealth(() => getPayload({ config }))
  return Response.json({ status: ok ? 'ok' : 'unavailable' }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
