// The inquiry form's fields, their error codes and the patterns the browser and the server share.
// No validation library here: the browser imports this file (the form's own checks, through the
// inputs' constraint attributes), and the server's zod schema (./schema.ts) builds on it.

export const SPOKEN_LANGUAGES = ['en', 'zh', 'ru', 'ar', 'fr', 'es', 'kk', 'mn'] as const

export const INQUIRY_FIELDS = [
  'name',
  'email',
  'phone',
  'country',
  'preferredLanguage',
  'patientAge',
  'diagnosis',
  'treatmentSoFar',
  'message',
  'therapy',
  'hospital',
  'consent',
  'transferConsent',
] as const
export type InquiryFieldName = (typeof INQUIRY_FIELDS)[number]

export type FieldErrorCode = 'required' | 'tooLong' | 'email' | 'phone' | 'country' | 'choice' | 'age' | 'consent' | 'transferConsent' | 'text'
export type RecordErrorCode = 'tooManyFiles' | 'fileTooLarge' | 'fileType' | 'fileEmpty' | 'fileDamaged'
export type FieldErrors = Partial<Record<InquiryFieldName | 'records', FieldErrorCode | RecordErrorCode>>

/** What the patient typed, as strings (a form post has nothing else); kept to refill the form. */
export type InquiryValues = Partial<Record<InquiryFieldName, string>>

/**
 * Patterns as an input's `pattern` attribute takes them (no anchors; valid in the `v` mode
 * browsers compile them in, so brackets and dashes are escaped). The email pattern is zod's own
 * (tests/int/inquiry-fields.int.spec.ts holds the two to the same answers), stated here so the browser needs no zod.
 */
export const PATTERNS = {
  email: "(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+\\-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}",
  phone: '\\+?[\\d\\s\\(\\)\\.\\-]{5,}',
  patientAge: '\\d{1,2}|1[01]\\d|120',
} as const

export const anchored = (pattern: string) => new RegExp(`^(?:${pattern})$`)

/** Trimmed strings; empty ones dropped, so optional fields may be left blank. */
export const valuesFromForm = (form: FormData): InquiryValues => {
  const values: InquiryValues = {}
  for (const field of INQUIRY_FIELDS) {
    const raw = form.get(field)
    // Line endings normalised so a 4000-character limit counts what the patient sees.
    const value = typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n').trim() : ''
    if (value) values[field] = value
  }
  return values
}
