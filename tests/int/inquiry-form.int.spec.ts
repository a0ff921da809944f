import { readdir, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { releaseInterruptedJobs } from '@/jobs/releaseInterrupted'
import { CONSENT_VERSION, TRANSFER_CONSENT_VERSION } from '@/lib/inquiries/consent'
import { REFERENCE_PATTERN } from '@/lib/inquiries/reference'
import type { InquiryValues } from '@/lib/inquiries/schema'
import { submitInquiry, type SubmitInput, type SubmitResult } from '@/lib/inquiries/submit'
import { recordsDir } from '@/lib/paths'
import { sweepOrphanRecords } from '@/lib/records/sweepOrphans'
import type { Therapy, User } from '@/payload-types'
import { makeElf, makeLargePdf, makePdf, makePdfWithoutXref, makePdfWithTail, makePng, makeTruncatedJpeg } from '../helpers/files'
import { bootPayload } from '../helpers/payload'
import { recipients, smtpEnv, startMailbox, type Mailbox } from '../helpers/smtp'

let payload: Payload
let mailbox: Mailbox
let therapy: Therapy
let draftTherapy: Therapy
let agent: User

const valid = (overrides: InquiryValues = {}): InquiryValues => ({
  name: 'Aigerim Sadykova',
  email: 'aigerim@patient.test',
  phone: '+7 701 234 5678',
  country: 'KZ',
  preferredLanguage: 'ru',
  patientAge: '9',
  diagnosis: 'B-ALL, second relapse',
  treatmentSoFar: 'Two lines of chemotherapy.',
  message: 'Is CAR-T possible?',
  consent: 'yes',
  transferConsent: 'yes',
  ...overrides,
})
const send = (input: Partial<SubmitInput> = {}) => submitInquiry(payload, { values: valid(), files: [], locale: 'ru', ...input })
const pdf = (name = 'scan.pdf') => ({ name, bytes: makePdf() })

const counts = async () => ({
  inquiries: (await payload.count({ collection: 'inquiries' })).totalDocs,
  records: (await payload.count({ collection: 'medical-records' })).totalDocs,
  files: (await readdir(recordsDir).catch(() => [])).length,
  jobs: (await payload.count({ collection: 'payload-jobs' })).totalDocs,
})
/** What the server's job runner does every few seconds (tests boot Payload without it). */
const runJobs = async () => {
  for (let round = 0; round < 20; round++) if ((await payload.jobs.run({ allQueues: true, limit: 100 })).noJobsRemaining) return
}
const jobsOf = async (inquiryId: number | string) =>
  (await payload.find({ collection: 'payload-jobs', where: { 'input.inquiry': { equals: String(inquiryId) } }, depth: 0, limit: 10 })).docs
const expectSent = (result: SubmitResult) => {
  if (result.status !== 'sent') throw new Error(`expected sent, got ${JSON.stringify(result)}`)
  return result
}

beforeAll(async () => {
  // The mailbox first: the mail adapter reads SMTP_* when the config loads.
  mailbox = await startMailbox()
  Object.assign(process.env, smtpEnv(mailbox.port))
  ;({ payload } = await bootPayload())
  await payload.create({ collection: 'users', data: { email: 'admin@test.example', password: 'a-long-test-password-123', roles: ['admin'] } })
  await payload.create({ collection: 'users', data: { email: 'coordinator@test.example', password: 'a-long-test-password-123', roles: ['coordinator'] } })
  agent = await payload.create({ collection: 'users', data: { email: 'agent@test.example', password: 'a-long-test-password-123', roles: ['agent'] } })
  const base = { summary: 'A test therapy.', category: 'cellTherapy' } as const
  therapy = await payload.create({ collection: 'therapies', data: { ...base, name: 'CAR-T test', slug: 'car-t-test', _status: 'published' } as never })
  draftTherapy = await payload.create({ collection: 'therapies', data: { ...base, name: 'Draft therapy', slug: 'draft-therapy', _status: 'draft' } as never, draft: true })
})

afterAll(async () => {
  await payload?.destroy()
  await mailbox?.close()
})

describe('a valid inquiry', () => {
  it('is stored with its records, both consents with their versions and time, language, initials and a reference', async () => {
    const before = await counts()
    const png = await makePng(400, 300)
    const result = expectSent(await send({ files: [pdf('Aigerim blood test.pdf'), { name: 'marrow.png', bytes: png }], values: valid({ therapy: String(therapy.id) }), sourcePage: '/ru/therapies/car-t-test' }))
    expect(result.reference).toMatch(REFERENCE_PATTERN)
    const stored = await payload.findByID({ collection: 'inquiries', id: result.inquiryId, depth: 1 })
    expect(stored).toMatchObject({ name: 'Aigerim Sadykova', email: 'aigerim@patient.test', country: 'KZ', patientAge: 9, status: 'new', pageLocale: 'ru', sourcePage: '/ru/therapies/car-t-test', reference: result.reference })
    expect((stored.therapy as Therapy).id).toBe(therapy.id)
    expect(stored.consent?.given).toBe(true)
    expect(stored.consent?.version).toBe(CONSENT_VERSION)
    expect(Date.now() - new Date(stored.consent!.at!).getTime()).toBeLessThan(60_000)
    expect(stored.transferConsent).toMatchObject({ given: true, version: TRANSFER_CONSENT_VERSION, at: stored.consent!.at })
    expect(stored.initials).toBe('A. S.')
    expect(stored.statusHistory?.map((row) => row.status)).toEqual(['new'])
    const records = stored.records as { filename: string; mimeType: string }[]
    expect(records.map((r) => r.mimeType).sort()).toEqual(['application/pdf', 'image/png'])
    // Patients name files after themselves: stored names are random.
    expect(records.every((r) => !r.filename.includes('Aigerim'))).toBe(true)
    const after = await counts()
    // Its two e-mails are queued with it, in the same transaction.
    expect(after).toEqual({ inquiries: before.inquiries + 1, records: before.records + 2, files: before.files + 2, jobs: before.jobs + 2 })
    expect((await jobsOf(result.inquiryId)).map((job) => job.taskSlug).sort()).toEqual(['acknowledgePatient', 'notifyCoordinators'])
  })

  it('keeps markup in text fields as text', async () => {
    const markup = '<script>alert(1)</script><b>bold</b>'
    const result = expectSent(await send({ values: valid({ name: '<img src=x onerror=alert(1)>', message: markup }) }))
    const stored = await payload.findByID({ collection: 'inquiries', id: result.inquiryId })
    expect(stored.message).toBe(markup)
    expect(stored.name).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('bad input is refused with a reason and stores nothing', () => {
  const cases: [string, () => Promise<Partial<SubmitInput>>, Record<string, string>][] = [
    ['missing required fields', async () => ({ values: { consent: 'yes', transferConsent: 'yes' } }), { name: 'required', email: 'required', diagnosis: 'required', preferredLanguage: 'choice' }],
    ['a bad e-mail', async () => ({ values: valid({ email: 'not-an-address' }) }), { email: 'email' }],
    ['no consent', async () => ({ values: valid({ consent: undefined }) }), { consent: 'consent' }],
    ['no consent to send the data to hospitals in China', async () => ({ values: valid({ transferConsent: undefined }) }), { transferConsent: 'transferConsent' }],
    ['neither consent', async () => ({ values: valid({ consent: undefined, transferConsent: 'no' }) }), { consent: 'consent', transferConsent: 'transferConsent' }],
    ['an 11 MB file', async () => ({ files: [pdf(), { name: 'big.pdf', bytes: makeLargePdf(11) }] }), { records: 'fileTooLarge' }],
    ['an executable renamed .pdf', async () => ({ files: [pdf(), { name: 'report.pdf', bytes: makeElf() }] }), { records: 'fileType' }],
    // Files the type check alone let through, which Payload's own upload checks then refused: the
    // patient was told "something went wrong on our side, try again" and would retry forever.
    ['a PDF without an xref table', async () => ({ files: [pdf(), { name: 'cut.pdf', bytes: makePdfWithoutXref() }] }), { records: 'fileDamaged' }],
    ['a PDF with more than 1 KB after its end', async () => ({ files: [{ name: 'padded.pdf', bytes: makePdfWithTail(1100) }] }), { records: 'fileDamaged' }],
    ['a JPEG cut off before its size', async () => ({ files: [{ name: 'scan.jpg', bytes: await makeTruncatedJpeg() }] }), { records: 'fileDamaged' }],
    ['a sixth file', async () => ({ files: Array.from({ length: 6 }, (_, i) => pdf(`scan-${i}.pdf`)) }), { records: 'tooManyFiles' }],
    ['over-long fields', async () => ({ values: valid({ name: 'x'.repeat(121), message: 'y'.repeat(4001), diagnosis: 'z'.repeat(2001) }) }), { name: 'tooLong', message: 'tooLong', diagnosis: 'tooLong' }],
    ['an age out of range and a bad phone', async () => ({ values: valid({ patientAge: '130', phone: 'call me' }) }), { patientAge: 'age', phone: 'phone' }],
    ['an unpublished therapy', async () => ({ values: valid({ therapy: String(draftTherapy.id) }) }), { therapy: 'choice' }],
    ['a language we do not offer', async () => ({ values: valid({ preferredLanguage: 'xx' }) }), { preferredLanguage: 'choice' }],
  ]
  it.each(cases)('%s', async (_label, input, expected) => {
    const before = await counts()
    const result = await send(await input())
    expect(result.status).toBe('invalid')
    if (result.status !== 'invalid') return
    expect(result.errors).toEqual(expected)
    expect(await counts()).toEqual(before)
  })

  it('names the file a records error is about', async () => {
    const result = await send({ files: [{ name: 'setup.pdf', bytes: makeElf() }] })
    expect(result).toMatchObject({ status: 'invalid', file: 'setup.pdf' })
  })
})

describe('one inquiry per form view', () => {
  it('a double submit with the same view key stores one inquiry and answers both with its reference', async () => {
    const before = await counts()
    const key = crypto.randomUUID()
    const first = expectSent(await send({ clientKey: key, files: [pdf()] }))
    const second = expectSent(await send({ clientKey: key, files: [pdf()] }))
    expect(second).toMatchObject({ reference: first.reference, duplicate: true })
    expect(await counts()).toEqual({ inquiries: before.inquiries + 1, records: before.records + 1, files: before.files + 1, jobs: before.jobs + 2 })
  })

  it('two copies arriving at the same moment still make one inquiry and leave no orphan files', async () => {
    const before = await counts()
    const key = crypto.randomUUID()
    const [a, b] = await Promise.all([send({ clientKey: key, files: [pdf()] }), send({ clientKey: key, files: [pdf()] })])
    expect(expectSent(a).reference).toBe(expectSent(b).reference)
    expect(await counts()).toEqual({ inquiries: before.inquiries + 1, records: before.records + 1, files: before.files + 1, jobs: before.jobs + 2 })
  })

  it('without a view key (no JavaScript), the same form sent twice is one inquiry; a different one is new', async () => {
    const values = valid({ message: 'Sent from a browser without JavaScript.' })
    const first = expectSent(await send({ values }))
    expect(expectSent(await send({ values })).reference).toBe(first.reference)
    expect(expectSent(await send({ values: { ...values, message: 'Another question.' } })).reference).not.toBe(first.reference)
  })
})

describe('spam, referrals and failures', () => {
  it('a filled honeypot is answered like a success and stores nothing', async () => {
    const before = await counts()
    expect(await send({ honeypot: 'http://spam.example', files: [pdf()] })).toEqual({ status: 'discarded' })
    expect(await counts()).toEqual(before)
  })

  it("the referral cookie's code attributes the inquiry to that agent; a made-up code to nobody", async () => {
    const referred = expectSent(await send({ referralCode: agent.referralCode!.toLowerCase(), values: valid({ message: 'referred' }) }))
    expect((await payload.findByID({ collection: 'inquiries', id: referred.inquiryId, depth: 0 })).agent).toBe(agent.id)
    const unknown = expectSent(await send({ referralCode: 'ZZZZZZZZ', values: valid({ message: 'unknown code' }) }))
    expect((await payload.findByID({ collection: 'inquiries', id: unknown.inquiryId, depth: 0 })).agent ?? null).toBeNull()
  })

  /** The database fails at the inquiry's own row, after its records were written. */
  const failInquiryWrites = () => {
    const create = payload.create.bind(payload)
    return vi.spyOn(payload, 'create').mockImplementation(((args: Parameters<Payload['create']>[0]) => {
      if (args.collection === 'inquiries') throw new Error('database went away')
      return create(args)
    }) as Payload['create'])
  }

  it('if storing fails half-way, nothing is kept: no inquiry, no record rows, no files, no e-mail jobs', async () => {
    const before = await counts()
    const spy = failInquiryWrites()
    try {
      const result = await send({ files: [pdf(), pdf('second.pdf')], values: valid({ message: 'fails half-way' }) })
      expect(result).toEqual({ status: 'unavailable' })
    } finally {
      spy.mockRestore()
    }
    expect(await counts()).toEqual(before)
  })

  it('without transactions (MongoDB without a replica set), a failure half-way still keeps no record rows', async () => {
    const before = await counts()
    const spy = failInquiryWrites()
    // What Payload's MongoDB adapter does when the server is not a replica set: no transaction at all.
    const begin = vi.spyOn(payload.db, 'beginTransaction').mockResolvedValue(null)
    try {
      const result = await send({ files: [pdf(), pdf('second.pdf')], values: valid({ message: 'fails without transactions' }) })
      expect(result).toEqual({ status: 'unavailable' })
    } finally {
      spy.mockRestore()
      begin.mockRestore()
    }
    expect(await counts()).toEqual(before)
  })
})

describe('e-mails', () => {
  it('if queueing its e-mails fails, the inquiry is not kept either (the patient is told to try again)', async () => {
    const before = await counts()
    const queue = payload.jobs.queue.bind(payload.jobs)
    const spy = vi.spyOn(payload.jobs, 'queue').mockImplementation(((args: Parameters<typeof queue>[0]) => {
      // The first job is written, the second fails: the rollback must take the first with it.
      if (args.task === 'acknowledgePatient') throw new Error('database went away')
      return queue(args)
    }) as typeof queue)
    try {
      expect(await send({ files: [pdf()], values: valid({ message: 'queue fails' }) })).toEqual({ status: 'unavailable' })
    } finally {
      spy.mockRestore()
    }
    expect(await counts()).toEqual(before)
  })

  it('coordinators get a notice without health data, each in their language; the patient an acknowledgement in theirs', async () => {
    await payload.create({ collection: 'users', data: { email: 'zh-coordinator@test.example', password: 'a-long-test-password-123', roles: ['coordinator'], language: 'zh' } })
    const result = expectSent(await send({ files: [pdf()], values: valid({ email: 'mail-test@patient.test', diagnosis: 'Confidential diagnosis' }) }))
    const already = mailbox.mails.length
    await runJobs()
    const mails = (await mailbox.waitFor(already + 3)).slice(already).filter((mail) => (mail.subject ?? '').includes(result.reference))
    expect(mails).toHaveLength(3)
    const toPatient = mails.find((mail) => recipients(mail).includes('mail-test@patient.test'))!
    const toStaff = mails.find((mail) => recipients(mail).includes('coordinator@test.example'))!
    const toChineseStaff = mails.find((mail) => recipients(mail).includes('zh-coordinator@test.example'))!
    expect(toPatient.subject).toBe(`Ваш запрос ${result.reference} получен`)
    expect(toPatient.text).toContain('Здравствуйте, Aigerim Sadykova!')
    expect(toPatient.text).toContain('Вместе с ним получен 1 файл.')
    expect(toStaff.subject).toBe(`New inquiry ${result.reference} (reply in Russian)`)
    expect(toStaff.text).toContain('Records attached: 1')
    expect(toChineseStaff.subject).toBe(`新咨询 ${result.reference}（请用俄语回复）`)
    expect(toChineseStaff.text).toContain('附带病历：1 份')
    for (const mail of [toStaff, toChineseStaff]) {
      expect(mail.text).not.toContain('Confidential diagnosis')
      expect(mail.text).toContain(`/admin/collections/inquiries/${result.inquiryId}`)
    }
    // Sent jobs are done and gone.
    expect(await jobsOf(result.inquiryId)).toEqual([])
  })

  it("the patient's name is escaped in the HTML part", async () => {
    const result = expectSent(await send({ values: valid({ email: 'xss@patient.test', name: '<b>Bold</b> Name', preferredLanguage: 'ar' }) }))
    const already = mailbox.mails.length
    await runJobs()
    const mail = (await mailbox.waitFor(already + 2)).slice(already).find((m) => recipients(m).includes('xss@patient.test'))!
    expect(mail.html).toContain('&lt;b&gt;Bold&lt;/b&gt; Name')
    expect(mail.html).toContain('dir="rtl"')
    expect(mail.subject).toBe(`وصلنا استفسارك ${result.reference}`)
  })

  it('jobs a killed server left "processing" are handed back and sent', async () => {
    const result = expectSent(await send({ values: valid({ email: 'interrupted@patient.test', message: 'interrupted' }) }))
    const [job] = await jobsOf(result.inquiryId)
    // What a process killed mid-send leaves behind: the job marked as running, by nobody.
    await payload.db.updateOne({ collection: 'payload-jobs', id: job!.id, data: { processing: true, updatedAt: new Date(Date.now() - 60_000).toISOString() } })
    await runJobs()
    expect((await jobsOf(result.inquiryId)).map((j) => j.id)).toEqual([job!.id])
    expect(await releaseInterruptedJobs(payload, new Date())).toBe(1)
    const already = mailbox.mails.length
    await runJobs()
    await mailbox.waitFor(already + 1)
    expect(mailbox.mails.slice(already).some((mail) => (mail.subject ?? '').includes(result.reference))).toBe(true)
    expect(await jobsOf(result.inquiryId)).toEqual([])
  })

  it('while the mail server is down, the e-mails wait and are retried; once it is back they go out', async () => {
    const port = mailbox.port
    await mailbox.close()
    const result = expectSent(await send({ values: valid({ email: 'smtp-down@patient.test', message: 'smtp down' }) }))
    await runJobs()
    const failed = await jobsOf(result.inquiryId)
    expect(failed).toHaveLength(2)
    for (const job of failed) {
      expect(job).toMatchObject({ totalTried: 1, hasError: false, processing: false })
      expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    }
    mailbox = await startMailbox(undefined, port)
    // The backoff's wait, skipped.
    for (const job of failed) await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await runJobs()
    // The patient's acknowledgement and the notice to each of the two coordinators' languages.
    const mails = await mailbox.waitFor(3)
    expect(mails.filter((mail) => (mail.subject ?? '').includes(result.reference))).toHaveLength(3)
    expect(await jobsOf(result.inquiryId)).toEqual([])
  })
})

describe('leftovers of a crash', () => {
  it('record files without a row are deleted on start, except young ones (an upload may be in flight)', async () => {
    const kept = expectSent(await send({ files: [pdf()], values: valid({ message: 'has a file' }) }))
    const orphan = path.join(recordsDir, 'orphan-left-by-a-crash.pdf')
    const young = path.join(recordsDir, 'upload-in-flight.pdf')
    await writeFile(orphan, makePdf())
    await writeFile(young, makePdf())
    const old = new Date(Date.now() - 3_600_000)
    await utimes(orphan, old, old)
    const before = await readdir(recordsDir)
    expect(await sweepOrphanRecords(payload)).toEqual(['orphan-left-by-a-crash.pdf'])
    const after = await readdir(recordsDir)
    expect(after.sort()).toEqual(before.filter((name) => name !== 'orphan-left-by-a-crash.pdf').sort())
    expect(after).toContain('upload-in-flight.pdf')
    const stored = await payload.findByID({ collection: 'inquiries', id: kept.inquiryId, depth: 1 })
    expect(after).toContain((stored.records as { filename: string }[])[0]!.filename)
  })
})
