import type { TaskConfig } from 'payload'

import { mailRetries } from '@/jobs/mailRetries'
import { notifyCoordinators } from '@/lib/inquiries/notify'

/** The coordinators' notice of a new inquiry, each in their own language (queued by submit.ts). */
export const notifyCoordinatorsTask: TaskConfig<'notifyCoordinators'> = {
  slug: 'notifyCoordinators',
  inputSchema: [{ name: 'inquiry', type: 'text', required: true }],
  retries: mailRetries,
  handler: async ({ input, req }) => {
    await notifyCoordinators(req.payload, input.inquiry)
    return { output: {} }
  },
}
