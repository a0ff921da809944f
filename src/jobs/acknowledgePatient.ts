import type { TaskConfig } from 'payload'

import { mailRetries } from '@/jobs/mailRetries'
import { acknowledgePatient } from '@/lib/inquiries/notify'

/** The patient's acknowledgement of their inquiry, in their language (queued by submit.ts). */
export const acknowledgePatientTask: TaskConfig<'acknowledgePatient'> = {
  slug: 'acknowledgePatient',
  inputSchema: [{ name: 'inquiry', type: 'text', required: true }],
  retries: mailRetries,
  handler: async ({ input, req }) => {
    await acknowledgePatient(req.payload, input.inquiry)
    return { output: {} }
  },
}
