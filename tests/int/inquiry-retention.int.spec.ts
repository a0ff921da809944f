import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RETENTION_QUEUE } from '@/jobs/deleteExpiredInquiries'
import { retentionCutoff } from '@/lib/inquiries/retention'
import { recordsDir } from '@/lib/paths'
import { makePdf } from '../helpers/files'
import { bootPayload } from '../helpers/payload'

let payload: Payload
let n = 0

const monthsAgo = (months: number, days = 0) => {
  const date = retentionCutoff(new Date(), months)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString()
}

/** An inquiry with one PDF record on disk, sent at `createdAt`. */
const inquirySentAt = async (createdAt: string) => {
  n += 1
  const pdf = makePdf()
  const record = await payload.create({ collection: 'medical-records', data: {}, file: { data: pdf, mimetype: 'application/pdf', name: `scan-${n}.pdf`, size: pdf.length } })
  const inquiry = await payload.create({
    collection: 'inquiries',
    data: { name: `Patient ${n}`, email: `p${n}@patient.test`, preferredLanguage: 'en', status: 'new', diagnosis: 'AML', records: [record.id], consent: { given: true } },
  })
  // Payload stamps createdAt itself; the database adapter writes the past date this test needs.
  await payload.db.updateOne({ collection: 'inquiries', id: inquiry.id, data: { createdAt } })
  return { id: inquiry.id, recordId: record.id, file: path.join(recordsDir, record.filename!) }
}

const exists = async ({ id, recordId, file }: Awaited<ReturnType<typeof inquirySentAt>>) => ({
  inquiry: (await payload.count({ collection: 'inquiries', where: { id: { equals: id } } })).totalDocs === 1,
  record: (await payload.count({ collection: 'medical-records', where: { id: { equals: recordId } } })).totalDocs === 1,
  file: existsSync(file),
})

/** The scheduled task as the job runner runs it: queued in its queue, then run. */
const runRetentionJob = async () => {
  await payload.jobs.queue({ task: 'deleteExpiredInquiries', input: {}, queue: RETENTION_QUEUE })
  await payload.jobs.run({ queue: RETENTION_QUEUE })
}

beforeAll(async () => {
  // The production default (setupEnv turns the autorun off for other files): this file checks
  // that the autorun runs the retention queue. It makes no REST request, so no cron starts.
  process.env.JOBS_AUTORUN = 'true'
  ;({ payload } = await bootPayload())
})

afterAll(async () => {
  await payload?.destroy()
})

describe('inquiries are deleted after the retention period', () => {
  it('is a scheduled task in a queue that runs by itself', () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'deleteExpiredInquiries')
    expect(task?.schedule?.map((s) => s.queue)).toEqual([RETENTION_QUEUE])
    const autoRun = payload.config.jobs.autoRun
    // Run by an autorun entry of its own queue, or by one that runs every queue (src/jobs/index.ts).
    expect(Array.isArray(autoRun) && autoRun.some((run) => run.queue === RETENTION_QUEUE || run.allQueues)).toBe(true)
  })

  it('after 24 months by default: an older inquiry is gone with its records and files, a younger one stays whole', async () => {
    const old = await inquirySentAt(monthsAgo(24, 1))
    const young = await inquirySentAt(monthsAgo(23))
    expect(await exists(old)).toEqual({ inquiry: true, record: true, file: true })

    await runRetentionJob()

    expect(await exists(old)).toEqual({ inquiry: false, record: false, file: false })
    expect(await exists(young)).toEqual({ inquiry: true, record: true, file: true })
  })

  it('follows the period set in the site settings', async () => {
    const sevenMonths = await inquirySentAt(monthsAgo(7))
    const fiveMonths = await inquirySentAt(monthsAgo(5))
    await payload.updateGlobal({ slug: 'site-settings', data: { retentionMonths: 6, disclaimer: 'Not medical advice.', contact: { email: 'care@test.example' } } })

    await runRetentionJob()

    expect(await exists(sevenMonths)).toEqual({ inquiry: false, record: false, file: false })
    expect(await exists(fiveMonths)).toEqual({ inquiry: true, record: true, file: true })
  })
})
