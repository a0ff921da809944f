import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addToCase } from '@/lib/case/addToCase'
import { findCase } from '@/lib/case/findCase'
import { caseToken, caseTokenHash } from '@/lib/case/token'
import type { InquiryValues } from '@/lib/inquiries/schema'
import { submitInquiry } from '@/lib/inquiries/submit'
import type { User } from '@/payload-types'
import { makeElf, makePdf } from '../helpers/files'
import { bootPayload } from '../helpers/payload'
import { recipients, smtpEnv, startMailbox, type Mailbox } from '../helpers/smtp'

let payload: Payload
let mailbox: Mailbox
let coordinator: User

const values = (email: string): InquiryValues => ({
  name: 'Aigerim Sadykova',
  email,
  country: 'KZ',
  preferredLanguage: 'ru',
  diagnosis: 'B-ALL, second relapse',
  consent: 'yes',
  transferConsent: 'yes',
})
const send = async (email: string) => {
  const result = await submitInquiry(payload, { values: values(email), files: [{ name: 'first.pdf', bytes: makePdf() }], locale: 'ru' })
  if (result.status !== 'sent' || !result.caseToken) throw new Error(`expected sent with a token, got ${JSON.stringify(result)}`)
  return result as typeof result & { caseToken: string }
}
const runJobs = async () => {
  for (let round = 0; round < 20; round++) if ((await payload.jobs.run({ allQueues: true, limit: 100 })).noJobsRemaining) return
}
const open = async (token: string) => {
  const found = await findCase(payload, token)
  if (!found) throw new Error('expected the case to open')
  return found
}

beforeAll(async () => {
  mailbox = await startMailbox()
  Object.assign(process.env, smtpEnv(mailbox.port))
  ;({ payload } = await bootPayload())
  await payload.create({ collection: 'users', data: { email: 'admin@test.example', password: 'a-long-test-password-123', roles: ['admin'] } })
  coordinator = await payload.create({
    collection: 'users',
    data: { email: 'coordinator@test.example', password: 'a-long-test-password-123', roles: ['coordinator'], displayName: 'Marina Petrova', language: 'ru' },
  })
})

afterAll(async () => {
  await payload?.destroy()
  await mailbox?.close()
})

describe('the case link', () => {
  it('opens only its own case; the database keeps a hash of the token, never the token, and nobody reads either through the API', async () => {
    const a = await send('case-a@patient.test')
    const b = await send('case-b@patient.test')
    expect(a.caseToken).not.toBe(b.caseToken)
    expect((await open(a.caseToken)).reference).toBe(a.reference)
    expect((await open(b.caseToken)).reference).toBe(b.reference)

    const raw = await payload.findByID({ collection: 'inquiries', id: a.inquiryId, depth: 0 })
    expect(raw.caseTokenHash).toBe(caseTokenHash(a.caseToken))
    expect(JSON.stringify(raw)).not.toContain(a.caseToken)
    // A coordinator (or anyone) reading through the API sees neither the salt nor the hash.
    const asStaff = await payload.findByID({ collection: 'inquiries', id: a.inquiryId, depth: 0, overrideAccess: false, user: { ...coordinator, collection: 'users' } })
    expect(asStaff).not.toHaveProperty('caseSalt')
    expect(asStaff).not.toHaveProperty('caseTokenHash')

    // The stored hash is not a token, a token altered by one character opens nothing, nor does garbage.
    expect(await findCase(payload, raw.caseTokenHash)).toBeUndefined()
    const altered = a.caseToken.slice(0, -1) + (a.caseToken.endsWith('A') ? 'B' : 'A')
    expect(await findCase(payload, altered)).toBeUndefined()
    expect(await findCase(payload, '')).toBeUndefined()
    expect(await findCase(payload, { $ne: null })).toBeUndefined()
  })

  it('is not handed out again to a repeat send matched by its content (anyone who knew what was sent could ask), only to the same form view', async () => {
    const first = await send('case-repeat@patient.test')
    const again = await submitInquiry(payload, { values: values('case-repeat@patient.test'), files: [{ name: 'first.pdf', bytes: makePdf() }], locale: 'ru' })
    expect(again).toMatchObject({ status: 'sent', duplicate: true, reference: first.reference })
    expect(again).not.toHaveProperty('caseToken', expect.anything())
    const view = '6f1c3c1e-2b7a-4c55-9d2e-0a1b2c3d4e5f'
    const one = await submitInquiry(payload, { values: values('case-view@patient.test'), files: [], locale: 'ru', clientKey: view })
    const two = await submitInquiry(payload, { values: values('case-view@patient.test'), files: [], locale: 'ru', clientKey: view })
    expect(two).toMatchObject({ duplicate: true, caseToken: (one as { caseToken: string }).caseToken })
  })

  it('is named in the acknowledgement e-mail, in the patient\'s language, and that link opens the case', async () => {
    mailbox.mails.length = 0
    const sent = await send('case-mail@patient.test')
    await runJobs()
    const ack = mailbox.mails.find((mail) => recipients(mail).includes('case-mail@patient.test'))
    expect(ack?.text).toContain(`/ru/case/${sent.caseToken}`)
  })

  it('stops working when a coordinator revokes it, and when the inquiry is past the retention period', async () => {
    const revoked = await send('case-revoked@patient.test')
    await payload.update({ collection: 'inquiries', id: revoked.inquiryId, data: { caseLinkRevoked: true }, overrideAccess: false, user: { ...coordinator, collection: 'users' } })
    expect(await findCase(payload, revoked.caseToken)).toBeUndefined()

    const old = await send('case-old@patient.test')
    const longAgo = new Date(Date.now() - 25 * 31 * 24 * 60 * 60 * 1000).toISOString()
    await payload.db.updateOne({ collection: 'inquiries', id: old.inquiryId, data: { createdAt: longAgo } })
    expect(await findCase(payload, old.caseToken)).toBeUndefined()
  })
})

describe('adding to a case', () => {
  it('stores records added later with the inquiry, keeps the message, and tells the coordinator by a queued e-mail', async () => {
    const sent = await send('case-add@patient.test')
    await payload.update({ collection: 'inquiries', id: sent.inquiryId, data: { coordinator: coordinator.id } })
    await runJobs()
    mailbox.mails.length = 0
    const found = await open(sent.caseToken)
    expect(found.coordinatorFirstName).toBe('Marina')
    const added = await addToCase(payload, found, { message: 'New blood counts attached.', files: [{ name: 'cbc.pdf', bytes: makePdf() }, { name: 'mrd.pdf', bytes: makePdf() }], locale: 'ru' })
    expect(added).toEqual({ result: 'added' })

    const inquiry = await payload.findByID({ collection: 'inquiries', id: sent.inquiryId, depth: 0 })
    expect(inquiry.records).toHaveLength(3)
    expect(inquiry.patientUpdates).toMatchObject([{ message: 'New blood counts attached.', files: 2 }])
    expect((await open(sent.caseToken)).updates).toMatchObject([{ files: 2, message: true }])

    await runJobs()
    const notice = mailbox.mails.find((mail) => recipients(mail).includes('coordinator@test.example'))
    expect(notice?.subject).toContain(sent.reference)
    expect(notice?.text).not.toContain('blood counts')
  })

  it('refuses a bad file or an empty post with its reason and stores nothing', async () => {
    const sent = await send('case-bad@patient.test')
    const found = await open(sent.caseToken)
    const before = (await payload.count({ collection: 'medical-records' })).totalDocs
    expect(await addToCase(payload, found, { message: 'see file', files: [{ name: 'scan.pdf', bytes: makeElf() }], locale: 'ru' })).toEqual({ result: 'fileType', file: 'scan.pdf' })
    expect(await addToCase(payload, found, { message: '   ', files: [], locale: 'ru' })).toEqual({ result: 'empty' })
    expect(await addToCase(payload, found, { message: 'x'.repeat(4001), files: [], locale: 'ru' })).toEqual({ result: 'tooLong' })
    expect((await payload.count({ collection: 'medical-records' })).totalDocs).toBe(before)
    const inquiry = await payload.findByID({ collection: 'inquiries', id: sent.inquiryId, depth: 0 })
    expect(inquiry.records).toHaveLength(1)
    expect(inquiry.patientUpdates ?? []).toHaveLength(0)
  })
})

describe("the coordinator's reply", () => {
  it('is kept on the case, e-mailed in the patient\'s language with the case link, and the case page shows that it went out', async () => {
    const sent = await send('case-reply@patient.test')
    await runJobs()
    mailbox.mails.length = 0
    const staff = { ...coordinator, collection: 'users' as const }
    await payload.update({ collection: 'inquiries', id: sent.inquiryId, data: { replyDraft: 'Здравствуйте! Больница готова рассмотреть документы.' }, overrideAccess: false, user: staff })

    const stored = await payload.findByID({ collection: 'inquiries', id: sent.inquiryId, depth: 0 })
    expect(stored.replyDraft ?? null).toBeNull()
    expect(stored.replies).toMatchObject([{ text: 'Здравствуйте! Больница готова рассмотреть документы.', locale: 'ru', by: coordinator.id }])
    expect((await open(sent.caseToken)).replies).toMatchObject([{ emailedAt: null }])

    await runJobs()
    const mail = mailbox.mails.find((m) => recipients(m).includes('case-reply@patient.test'))
    expect(mail?.subject).toContain(sent.reference)
    expect(mail?.subject).toMatch(/Ответ/)
    expect(mail?.text).toContain('Больница готова рассмотреть документы.')
    expect(mail?.text).toContain(`/ru/case/${sent.caseToken}`)
    expect((await open(sent.caseToken)).replies[0]?.emailedAt).toBeTruthy()

    // The reply is what was sent: nobody rewrites it through the API.
    await payload.update({ collection: 'inquiries', id: sent.inquiryId, data: { replies: [] }, overrideAccess: false, user: staff })
    expect((await payload.findByID({ collection: 'inquiries', id: sent.inquiryId, depth: 0 })).replies).toHaveLength(1)
    expect(caseToken(stored.caseSalt!)).toBe(sent.caseToken)
  })
})
