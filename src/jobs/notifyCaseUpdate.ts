import type { TaskConfig } from 'payload'

import { mailRetries } from '@/jobs/mailRetries'
import { notifyCaseUpdate } from '@/lib/case/notify'

/** The coordinator's notice that the patient added records or a message (queued by src/lib/case/addToCase.ts). */
export const notifyCaseUpdateTask: TaskConfig<'notifyCaseUpdate'> = {
  slug: 'notifyCaseUpdate',
  inputSchema: [{ name: 'inquiry', type: 'text', required: true }],
  retries: mailRetries,
  handler: async ({ input, req }) => {
    await notifyCaseUpdate(req.payload, input.inquiry)
    return { output: {} }
  },
}
