import * as z from 'zod/mini'

import { COUNTRY_CODES } from '@/lib/countries'
import { FIELD_MAX } from '@/lib/inquiries/limits'
import { isPrintableText, isVisibleName } from '@/lib/text/printable'

/**
 * The inquiry form's fields, checked in the browser (before a slow upload) and again on the server
 * (which decides). Messages are codes; each side shows them through the `inquiry.errors` messages
 * of the patient's language. zod/mini keeps this out of the way of the page's JavaScript budget.
 */
export const SPOKEN_LANGUAGES = ['en', 'zh', 'ru', 'ar', 'fr', 'es', 'kk', 'mn'] as const

export type FieldErrorCode = 'required' | 'tooLong' | 'email' | 'phone' | 'country' | 'choice' | 'age' | 'consent' | 'transferConsent' | 'text'

// Printable text only (src/lib/text/printable.ts): control characters and bidi overrides are refused.
const printable = z.refine<string>(isPrintableText, 'text')
const text = (max: number) => z.string().check(z.maxLength(max, 'tooLong'), printable)
const requiredText = (max: number) => z.string({ error: 'required' }).check(z.minLength(1, 'required'), z.maxLength(max, 'tooLong'), printable)
const KNOWN_COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES)
// Record IDs: SQLite's integers or MongoDB's ObjectIds.
const id = z.string().check(z.regex(/^(\d{1,12}|[a-f\d]{24})$/, 'choice'))

export const inquirySchema = z.object({
  name: requiredText(FIELD_MAX.name).check(z.refine(isVisibleName, 'text')),
  email: z.string({ error: 'required' }).check(z.maxLength(FIELD_MAX.email, 'tooLong'), z.email({ error: 'email' })),
  phone: z.optional(text(FIELD_MAX.phone).check(z.regex(/^\+?[\d\s().-]{5,}$/, 'phone'))),
  // One of the codes the form offers (and the admin names): any two letters would be stored as a code nobody can read.
  country: z.optional(z.string().check(z.refine((code: string) => KNOWN_COUNTRIES.has(code), 'country'))),
  preferredLanguage: z.enum(SPOKEN_LANGUAGES, { error: 'choice' }),
  patientAge: z.optional(z.string().check(z.regex(/^(\d{1,2}|1[01]\d|120)$/, 'age'))),
  diagnosis: requiredText(FIELD_MAX.diagnosis),
  treatmentSoFar: z.optional(text(FIELD_MAX.treatmentSoFar)),
  message: z.optional(text(FIELD_MAX.message)),
  therapy: z.optional(id),
  hospital: z.optional(id),
  // Two separate consents (GDPR Art. 9(2)(a) and 49(1)(a); PIPL Art. 29 and 39): to process the
  // health data at all, and to send them to hospitals in China. Both are needed to answer.
  consent: z.literal('yes', { error: 'consent' }),
  transferConsent: z.literal('yes', { error: 'transferConsent' }),
})

export type InquiryFields = z.infer<typeof inquirySchema>
export type InquiryFieldName = keyof InquiryFields
export const INQUIRY_FIELDS = Object.keys(inquirySchema.shape) as InquiryFieldName[]

/** What the patient typed, as strings (a form post has nothing else); kept to refill the form. */
export type InquiryValues = Partial<Record<InquiryFieldName, string>>

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

export type FieldErrors = Partial<Record<InquiryFieldName | 'records', FieldErrorCode | RecordErrorCode>>
export type RecordErrorCode = 'tooManyFiles' | 'fileTooLarge' | 'fileType' | 'fileEmpty' | 'fileDamaged'

/** The first problem of each field, as a code. */
export const validateInquiry = (values: InquiryValues): { ok: true; data: InquiryFields } | { ok: false; errors: FieldErrors } => {
  const result = inquirySchema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as InquiryFieldName
    // Codes come from this schema; anything else (a missing field's generic message) means "required".
    errors[field] ??= (isCode(issue.message) ? issue.message : 'required') as FieldErrorCode
  }
  return { ok: false, errors }
}

const CODES = new Set(['required', 'tooLong', 'email', 'phone', 'country', 'choice', 'age', 'consent', 'transferConsent', 'text'])
const isCode = (message: string) => CODES.has(message)
