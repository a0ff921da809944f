import { fileTypeFromBuffer } from 'file-type'

import { MAX_RECORD_BYTES, MAX_RECORDS, RECORD_MIME_TYPES } from '@/lib/inquiries/limits'
import type { RecordErrorCode } from '@/lib/inquiries/schema'

export type IncomingFile = { name: string; bytes: Buffer }
export type CheckedRecord = { bytes: Buffer; mime: (typeof RECORD_MIME_TYPES)[number] }

/**
 * Every file is checked before anything is stored: a sixth file, an 11 MB scan or an executable
 * renamed .pdf refuses the whole inquiry (with the file named), so nothing half-arrives. The type
 * comes from the bytes; the name and the browser's claim are ignored.
 */
export const checkRecords = async (
  files: IncomingFile[],
): Promise<{ ok: true; records: CheckedRecord[] } | { ok: false; code: RecordErrorCode; file?: string }> => {
  if (files.length > MAX_RECORDS) return { ok: false, code: 'tooManyFiles' }
  const records: CheckedRecord[] = []
  for (const file of files) {
    if (file.bytes.length === 0) return { ok: false, code: 'fileEmpty', file: file.name }
    if (file.bytes.length > MAX_RECORD_BYTES) return { ok: false, code: 'fileTooLarge', file: file.name }
    const detected = await fileTypeFromBuffer(file.bytes)
    const mime = RECORD_MIME_TYPES.find((type) => type === detected?.mime)
    if (!mime) return { ok: false, code: 'fileType', file: file.name }
    records.push({ bytes: file.bytes, mime })
  }
  return { ok: true, records }
}
