// The inquiry form's limits, shared by the browser's checks and the server's. The server decides;
// the browser only saves the patient a slow upload that would be refused anyway.
export { MAX_RECORD_BYTES, MAX_RECORDS } from '@/lib/bodyLimits.mjs'
/** Detected from the file's bytes on the server; the browser can only look at the name and claim. */
export const RECORD_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export const RECORD_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

export const FIELD_MAX = {
  name: 120,
  email: 254,
  phone: 40,
  diagnosis: 2000,
  treatmentSoFar: 4000,
  message: 4000,
} as const

/** Records one case may hold in all: the first inquiry's and those added later on the case page. */
export const MAX_CASE_RECORDS = 25
