import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createActor, visitor, type Actor, type ActorName } from '../helpers/actors'
import { bootPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
const actors = {} as Record<ActorName, Actor>

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  api = await startRestServer(booted.config)
  actors.visitor = visitor
  for (const role of ['admin', 'agent', 'editor', 'coordinator'] as const) actors[role] = await createActor(payload, api.url, role)
  // A queued inquiry e-mail: its input names the inquiry.
  await payload.jobs.queue({ task: 'acknowledgePatient', input: { inquiry: '1' } })
})

afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const REFUSED = [401, 403]
const http = (actor: Actor, path: string, init: RequestInit = {}) => fetch(`${api.url}${path}`, { ...init, headers: { ...actor.headers, ...init.headers } })

describe('the jobs queue (inquiry e-mails) is for admins only', () => {
  // Payload's default lets any signed-in user (an agent, say) run the queue or its schedules.
  it.each(['visitor', 'agent', 'editor', 'coordinator'] as const)('a %s cannot run the queue or read the jobs', async (name) => {
    expect(REFUSED).toContain((await http(actors[name], '/api/payload-jobs/run?allQueues=true')).status)
    expect(REFUSED).toContain((await http(actors[name], '/api/payload-jobs/handle-schedules')).status)
    expect(REFUSED).toContain((await http(actors[name], '/api/payload-jobs')).status)
    // Nothing queued and nothing run: the one job is still there, never tried.
    const { docs } = await payload.find({ collection: 'payload-jobs', overrideAccess: true })
    expect(docs.map((job) => [job.taskSlug, job.totalTried ?? 0])).toEqual([['acknowledgePatient', 0]])
  })

  it('an admin can read them (a failed e-mail shows with its error); nobody creates one through the API', async () => {
    const list = await http(actors.admin, '/api/payload-jobs')
    expect(list.status).toBe(200)
    expect(((await list.json()) as { totalDocs: number }).totalDocs).toBe(1)
    const created = await http(actors.admin, '/api/payload-jobs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ taskSlug: 'acknowledgePatient', input: { inquiry: '2' } }) })
    expect(REFUSED).toContain(created.status)
  })
})
