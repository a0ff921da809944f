import * as z from 'zod/mini'

import { COUNTRY_CODES } from '@/lib/countries'
import {
  anchored,
  PATTERNS,
  SPOKEN_LANGUAGES,
  type FieldErrorCode,
  type FieldErrors,
  type InquiryFieldName,
  type InquiryValues,
} from '@/lib/inquiries/fields'
import { FIELD_MAX } from '@/lib/inquiries/limits'
import { isPrintableText, isVisibleName } from '@/lib/text/printable'

/**
 * The inquiry form's fields as the server checks them (it decides). The browser checks the same
 * limits and patterns through the inputs' attributes (src/components/inquiry/clientChecks.ts), so
 * zod stays on the server. Messages are codes; each side shows them through the `inquiry.errors`
 * messages of the patient's language.
 */
export { SPOKEN_LANGUAGES, valuesFromForm } from '@/lib/inquiries/fields'
export type { FieldErrorCode, FieldErrors, InquiryFieldName, InquiryValues, RecordErrorCode } from '@/lib/inquiries/fields'

// Printable text only (src/lib/text/printable.ts): control characters and bidi overrides are refused.
const printable = z.refine<string>(isPrintableText, 'text')
const text = (max: number) => z.string().check(z.maxLength(max, 'tooLong'), printable)
const requiredText = (max: number) => z.string({ error: 'required' }).check(z.minLength(1, 'required'), z.maxLength(max, 'tooLong'), printable)
const KNOWN_COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES)
// Record IDs: SQLite's integers or MongoDB's ObjectIds.
const id = z.string().check(z.regex(/^(\d{1,12}|[a-f\d]{24})$/, 'choice'))

export const inquirySchema = z.object({
  name: requiredText(FIELD_MAX.name).check(z.refine(isVisibleName, 'text')),
  email: z.string({ error: 'required' }).check(z.maxLength(FIELD_MAX.email, 'tooLong'), z.email({ pattern: anchored(PATTERNS.email), error: 'email' })),
  phone: z.optional(text(FIELD_MAX.phone).check(z.regex(anchored(PATTERNS.phone), 'phone'))),
  // One of the codes the form offers (and the admin names): any two letters would be stored as a code nobody can read.
  country: z.optional(z.string().check(z.refine((code: string) => KNOWN_COUNTRIES.has(code), 'country'))),
  preferredLanguage: z.enum(SPOKEN_LANGUAGES, { error: 'choice' }),
  patientAge: z.optional(z.string().check(z.regex(anchored(PATTERNS.patientAge), 'age'))),
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
// The field list the browser uses (./fields.ts) is this schema's, no more and no fewer.
const sameFields: [InquiryFieldName, keyof InquiryFields] extends [keyof InquiryFields, InquiryFieldName] ? true : never = true
void sameFields

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
