import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Mailbox = { port: number; mails: ParsedMail[]; waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>; close: () => Promise<void> }

/**
 * A real SMTP server on a free local port, started by the test: the portal sends through
 * nodemailer exactly as in production, and every message is parsed as a mail client would.
 * Give `port` to start it again where a stopped one listened (the mail server coming back).
 */
export const startMailbox = async (onMail?: (mail: ParsedMail, index: number) => void, port = 0): Promise<Mailbox> => {
  const mails: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail)
          onMail?.(mail, mails.length)
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: listening } = server.server.address() as AddressInfo
  const waitFor = async (count: number, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs
    while (mails.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    return mails
  }
  return { port: listening, mails, waitFor, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** The environment that points the portal's mail adapter at this mailbox. */
export const smtpEnv = (port: number) => ({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', EMAIL_FROM: 'care@portal.test' })

/** Who a parsed message was addressed to, as plain addresses. */
export const recipients = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((v) => v.address ?? ''))
