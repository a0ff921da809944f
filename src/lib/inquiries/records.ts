import { MAX_RECORD_BYTES, MAX_RECORDS, RECORD_MIME_TYPES } from '@/lib/inquiries/limits'
import type { RecordErrorCode } from '@/lib/inquiries/schema'
import { checkFile } from '@/lib/uploads/checkFile'

export type IncomingFile = { name: string; bytes: Buffer }
/** `name`: what the file was called on the patient's device, kept for the coordinator (never on disk). */
export type CheckedRecord = { bytes: Buffer; mime: (typeof RECORD_MIME_TYPES)[number]; name: string }

/**
 * Every file is checked before anything is stored: a sixth file, an 11 MB scan, an executable
 * renamed .pdf or a PDF cut off half-way refuses the whole inquiry (with the file named), so
 * nothing half-arrives. The check is the one Payload's upload hook runs (checkFile), so a file
 * accepted here is never refused later with an error the patient cannot act on.
 */
export const checkRecords = async (
  files: IncomingFile[],
): Promise<{ ok: true; records: CheckedRecord[] } | { ok: false; code: RecordErrorCode; file?: string }> => {
  if (files.length > MAX_RECORDS) return { ok: false, code: 'tooManyFiles' }
  const records: CheckedRecord[] = []
  for (const file of files) {
    const checked = await checkFile(file.bytes, { allowed: RECORD_MIME_TYPES, maxBytes: MAX_RECORD_BYTES })
    if (!checked.ok) return { ok: false, code: checked.problem, file: file.name }
    records.push({ bytes: file.bytes, mime: checked.mime as CheckedRecord['mime'], name: file.name })
  }
  return { ok: true, records }
}
