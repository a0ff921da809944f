import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Outgoing mail through SMTP when SMTP_HOST is set (inquiry notices to coordinators, patients'
 * acknowledgements). Without it Payload writes each message to the log instead of sending it,
 * which is what a laptop wants; production sets SMTP_* (see .env.example).
 */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const port = Number(process.env.SMTP_PORT || 587)
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM || 'care@china-care.example',
    defaultFromName: process.env.EMAIL_FROM_NAME || 'China Care',
    // Verifying at start would make the whole portal wait for (or fail on) a slow mail server.
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: port === 465,
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
      // A local relay without TLS (the tests' server, a sidecar) is allowed only when said so.
      ignoreTLS: process.env.SMTP_IGNORE_TLS === 'true',
      // A hung mail server fails the send (and the job retries) within a minute, well inside the
      // jobs' lease (src/jobs/releaseInterrupted.ts); nodemailer's own socket timeout is 10 minutes.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    },
  })
}
