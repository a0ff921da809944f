import { MAX_RECORD_BYTES, MAX_RECORDS } from '@/lib/inquiries/limits'
import type { RecordErrorCode } from '@/lib/inquiries/schema'

const ALLOWED = /\.(pdf|jpe?g|png)$/i

/**
 * The browser's look at the chosen files: count, size and name. It spares the patient a long
 * upload that would be refused; the server still checks each file's bytes.
 */
export const checkFilesInBrowser = (files: File[]): { code: RecordErrorCode; file?: string } | undefined => {
  if (files.length > MAX_RECORDS) return { code: 'tooManyFiles' }
  for (const file of files) {
    if (file.size === 0) return { code: 'fileEmpty', file: file.name }
    if (file.size > MAX_RECORD_BYTES) return { code: 'fileTooLarge', file: file.name }
    if (!ALLOWED.test(file.name)) return { code: 'fileType', file: file.name }
  }
  return undefined
}

/** A random per-view key; randomUUID needs a secure context, getRandomValues does not. */
export const newViewKey = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
