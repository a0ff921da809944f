import { createHash, createHmac, randomBytes } from 'node:crypto'

import { resolvePayloadSecret } from '@/lib/secret'

// A key of its own, derived from PAYLOAD_SECRET: the same secret never signs two kinds of thing.
const key = () => createHmac('sha256', resolvePayloadSecret()).update('case links v1').digest()

/** 43 base64url characters: 256 bits, far beyond guessing. */
export const CASE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

/** A fresh random value stored with the inquiry; the link's token is derived from it. */
export const newCaseSalt = (): string => randomBytes(32).toString('base64url')

/**
 * The patient's token for their case page: a keyed hash of the inquiry's salt. The database keeps
 * the salt and a hash of the token, never the token: a copy of the database alone (a backup, a
 * leak) opens no case page, yet the acknowledgement e-mail, sent later by a job, can still name it.
 */
export const caseToken = (salt: string): string => createHmac('sha256', key()).update(salt).digest('base64url')

/** What is stored and looked up: the token's SHA-256, so the lookup is one indexed equality. */
export const caseTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex')

/** Both values for a new case link. */
export const newCaseLink = (): { caseSalt: string; caseTokenHash: string } => {
  const salt = newCaseSalt()
  return { caseSalt: salt, caseTokenHash: caseTokenHash(caseToken(salt)) }
}
