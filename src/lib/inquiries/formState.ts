import type { FieldErrors, InquiryValues } from '@/lib/inquiries/schema'

/**
 * What the inquiry form shows after a send that did not go through: per-field error codes, the
 * file a records error is about, what the patient typed (to refill the form without JavaScript)
 * and whether files had been attached (browsers cannot refill file inputs, so we ask again).
 * A successful send never returns: it redirects to the confirmation page.
 */
export type InquiryFormState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: FieldErrors; file?: string; values: InquiryValues; filesSent: number }
  | { status: 'unavailable'; values: InquiryValues; filesSent: number }
  | { status: 'rateLimited'; message: string; values: InquiryValues; filesSent: number }

export const initialInquiryState: InquiryFormState = { status: 'idle' }
