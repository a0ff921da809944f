'use server'

import config from '@payload-config'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { addToCase, type AddResult } from '@/lib/case/addToCase'
import { casePath } from '@/lib/case/caseUrl'
import { findCase } from '@/lib/case/findCase'
import { CASE_TOKEN_PATTERN } from '@/lib/case/token'
import { attachedFiles } from '@/lib/inquiries/attachedFiles'

/**
 * The case page's form (records and a message), with or without JavaScript: the answer is a
 * redirect back to the case page, which shows the outcome. The proxy has already counted the post
 * against the same per-client limit as the inquiry form. An unknown or revoked token leads to the
 * case page's 404, having stored nothing.
 */
export async function addToCaseAction(form: FormData): Promise<void> {
  const requested = form.get('locale')
  const locale = isLocale(requested) ? requested : defaultLocale
  const token = form.get('token')
  if (typeof token !== 'string' || !CASE_TOKEN_PATTERN.test(token)) redirect(`/${locale}`)
  const back = casePath(locale, token)
  let result: AddResult
  let file: string | undefined
  try {
    const payload = await getPayload({ config })
    const found = await findCase(payload, token)
    if (!found) redirect(back)
    const message = form.get('message')
    const files = await attachedFiles(form)
    ;({ result, file } = await addToCase(payload, found, { message: typeof message === 'string' ? message : '', files, locale }))
  } catch (error) {
    if (isRedirect(error)) throw error
    console.error('[case] could not reach the database', error)
    result = 'unavailable'
  }
  const query = new URLSearchParams({ result })
  if (file) query.set('file', file)
  redirect(`${back}?${query}#add`)
}

/** Next's redirect() throws; that one must travel on, not be taken for a failure. */
const isRedirect = (error: unknown) => typeof error === 'object' && error !== null && 'digest' in error && String(error.digest).startsWith('NEXT_REDIRECT')
