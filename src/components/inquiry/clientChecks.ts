import { anchored, INQUIRY_FIELDS, PATTERNS, type FieldErrorCode, type FieldErrors, type InquiryFieldName, type RecordErrorCode } from '@/lib/inquiries/fields'
import { FIELD_MAX, MAX_RECORD_BYTES, MAX_RECORDS } from '@/lib/inquiries/limits'
import { isPrintableText, isVisibleName } from '@/lib/text/printable'

const ALLOWED = /\.(pdf|jpe?g|png)$/i
const FIELDS: ReadonlySet<string> = new Set(INQUIRY_FIELDS)
// What a broken pattern or type means, per field.
const MISMATCH: Partial<Record<InquiryFieldName, FieldErrorCode>> = { email: 'email', phone: 'phone', patientAge: 'age' }
const CONSENTS: ReadonlySet<string> = new Set(['consent', 'transferConsent'])

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

/**
 * The browser's look at the fields: the constraints the inputs carry (required, type, pattern:
 * the patterns src/lib/inquiries/schema.ts applies too), the same length limits and the printable
 * text rule. It spares the patient a long upload that would be refused; the server decides.
 */
export const checkFieldsInBrowser = (form: HTMLFormElement): FieldErrors => {
  const errors: FieldErrors = {}
  for (const element of Array.from(form.elements) as Control[]) {
    const field = element.name as InquiryFieldName
    if (!FIELDS.has(field) || errors[field]) continue
    const value = element.type === 'checkbox' ? '' : element.value.trim()
    const { valueMissing, tooLong, typeMismatch } = element.validity
    // The pattern is tested here on the trimmed value, as the server sees it (the browser's own
    // check would refuse a phone number typed after a space).
    const pattern = field in PATTERNS ? anchored(PATTERNS[field as keyof typeof PATTERNS]) : undefined
    if (valueMissing || (element.required && element.type !== 'checkbox' && !value)) errors[field] = CONSENTS.has(field) ? (field as FieldErrorCode) : 'required'
    // Long texts carry no maxlength (a paste would be cut without a word); the limit is checked here.
    else if (tooLong || (field in FIELD_MAX && value.length > FIELD_MAX[field as keyof typeof FIELD_MAX])) errors[field] = 'tooLong'
    else if (typeMismatch || (pattern && value && !pattern.test(value))) errors[field] = MISMATCH[field] ?? 'required'
    else if (!isPrintableText(value) || (field === 'name' && value && !isVisibleName(value))) errors[field] = 'text'
  }
  return errors
}

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
