import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import type { CheckedRecord } from '@/lib/inquiries/records'
import { recordsDir } from '@/lib/paths'

/**
 * Writes checked records (files, then rows) inside the caller's transaction. `written` and `ids`
 * are filled as it goes, so the caller can remove the files (and, without transactions, the rows)
 * when anything later fails. Used by the inquiry form and by the case page.
 */
export const storeRecords = async (payload: Payload, records: CheckedRecord[], req: PayloadRequest, written: string[], ids: (number | string)[]) => {
  for (const record of records) {
    // validateUpload keeps the name the patient's file had (originalName) and renames the file
    // (random name, extension from the bytes) on this object, so its final name is known even if
    // the row that follows is never written.
    const file = { data: record.bytes, mimetype: record.mime, name: record.name, size: record.bytes.length }
    try {
      const doc = await payload.create({ collection: 'medical-records', data: {}, file, req })
      ids.push(doc.id)
    } finally {
      if (file.name !== record.name) written.push(file.name)
    }
  }
}

export const removeRecordFiles = (names: string[]) => Promise.all(names.map((name) => rm(path.join(recordsDir, path.basename(name)), { force: true })))

export const removeRecordRows = async (payload: Payload, ids: (number | string)[]) => {
  if (!ids.length) return
  await payload.delete({ collection: 'medical-records', where: { id: { in: ids } }, depth: 0 }).catch((error: unknown) => {
    payload.logger.error({ err: error, ids }, '[inquiry] could not remove the record rows of a failed inquiry')
  })
}
