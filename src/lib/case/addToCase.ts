import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { CaseView } from '@/lib/case/findCase'
import { FIELD_MAX, MAX_CASE_RECORDS } from '@/lib/inquiries/limits'
import { checkRecords, type IncomingFile } from '@/lib/inquiries/records'
import type { RecordErrorCode } from '@/lib/inquiries/schema'
import { removeRecordFiles, removeRecordRows, storeRecords } from '@/lib/inquiries/storeRecords'
import { isPrintableText } from '@/lib/text/printable'

export type AddResult = 'added' | 'empty' | 'tooLong' | 'text' | 'caseFull' | RecordErrorCode | 'unavailable'

/**
 * Records and a message the patient adds on their case page. The same file checks as the inquiry
 * form (checkRecords) and the same transaction discipline: the files, their rows, the inquiry's
 * new list and the coordinators' notice are stored together or not at all.
 */
export const addToCase = async (payload: Payload, found: CaseView, input: { message: string; files: IncomingFile[]; locale: Locale }): Promise<{ result: AddResult; file?: string }> => {
  const message = input.message.replace(/\r\n?/g, '\n').trim()
  if (!message && !input.files.length) return { result: 'empty' }
  if (message.length > FIELD_MAX.message) return { result: 'tooLong' }
  if (!isPrintableText(message)) return { result: 'text' }
  const checked = await checkRecords(input.files)
  if (!checked.ok) return { result: checked.code, file: checked.file }
  if (found.records + checked.records.length > MAX_CASE_RECORDS) return { result: 'caseFull' }

  const req = await createLocalReq({ locale: input.locale }, payload)
  const written: string[] = []
  const ids: (number | string)[] = []
  let transactional = false
  try {
    transactional = await initTransaction(req)
    await storeRecords(payload, checked.records, req, written, ids)
    // Read inside the transaction, so two additions at once each keep the other's files.
    const current = await payload.findByID({ collection: 'inquiries', id: found.id, depth: 0, req, select: { records: true, patientUpdates: true } })
    const records = (current.records ?? []).map((record) => (typeof record === 'object' ? record.id : record))
    await payload.update({
      collection: 'inquiries',
      id: found.id,
      req,
      depth: 0,
      data: {
        records: [...records, ...ids] as number[],
        patientUpdates: [...(current.patientUpdates ?? []), { message: message || null, files: ids.length, at: new Date().toISOString() }],
      },
    })
    await payload.jobs.queue({ task: 'notifyCaseUpdate', input: { inquiry: String(found.id) }, req })
    await commitTransaction(req)
    return { result: 'added' }
  } catch (error) {
    await killTransaction(req as PayloadRequest)
    if (!transactional) await removeRecordRows(payload, ids)
    await removeRecordFiles(written)
    payload.logger.error({ err: error }, `[case] could not add to case ${found.reference}`)
    return { result: 'unavailable' }
  }
}
