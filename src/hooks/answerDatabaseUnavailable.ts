import type { AfterErrorHook } from 'payload'

import { translate } from '@/i18n/admin/translate'
import { isDatabaseUnavailable } from '@/lib/database/unavailable'

/**
 * Payload answers 500 "Something went wrong" when the database is locked or unreachable, to a
 * login as to any API call. That reads as a bug and invites retries in a loop; 503 with a plain,
 * translated message (the admin shows it) says "wait and try again", which is the truth.
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  return { status: 503, response: { errors: [{ message: translate(req, 'databaseUnavailable') }] } }
}
