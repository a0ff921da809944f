import type { TaskConfig } from 'payload'

import { mailRetries } from '@/jobs/mailRetries'
import { sendReplyMail } from '@/lib/case/notify'

/** A coordinator's reply to the patient, by e-mail (queued by the Inquiries sendReply hook). */
export const sendReplyTask: TaskConfig<'sendReply'> = {
  slug: 'sendReply',
  inputSchema: [
    { name: 'inquiry', type: 'text', required: true },
    { name: 'reply', type: 'text', required: true },
  ],
  retries: mailRetries,
  handler: async ({ input, req }) => {
    await sendReplyMail(req.payload, input.inquiry, input.reply)
    return { output: {} }
  },
}
