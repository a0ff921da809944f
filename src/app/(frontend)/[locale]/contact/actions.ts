'use server'

import config from '@payload-config'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { answerWithStatus } from '@/lib/http/answerStatus'
import type { InquiryFormState } from '@/lib/inquiries/formState'
import { attachedFiles } from '@/lib/inquiries/attachedFiles'
import type { IncomingFile } from '@/lib/inquiries/records'
import { valuesFromForm } from '@/lib/inquiries/schema'
import { submitInquiry } from '@/lib/inquiries/submit'
import { REFERRAL_COOKIE } from '@/lib/referral'

/**
 * The inquiry form's server action: the same code whether the browser ran our script or posted
 * the form itself. The proxy has already counted the post against the client's rate limit.
 */
export async function sendInquiry(_previous: InquiryFormState, form: FormData): Promise<InquiryFormState> {
  const requested = form.get('locale')
  const locale = isLocale(requested) ? requested : defaultLocale
  const values = valuesFromForm(form)
  let files: IncomingFile[] = []
  let result: Awaited<ReturnType<typeof submitInquiry>>
  try {
    files = await attachedFiles(form)
    const payload = await getPayload({ config })
    result = await submitInquiry(payload, {
      values,
      files,
      locale,
      clientKey: form.get('submissionKey'),
      honeypot: form.get('website'),
      referralCode: (await cookies()).get(REFERRAL_COOKIE)?.value,
      sourcePage: form.get('sourcePage'),
    })
  } catch (error) {
    // Payload could not even start (the database is down): the form says so, keeps the answers,
    // and shows the other ways to reach the team.
    console.error('[inquiry] could not reach the database', error)
    answerWithStatus(503)
    return { status: 'unavailable', values, filesSent: files.length }
  }
  if (result.status === 'sent') {
    const query = new URLSearchParams({ ref: result.reference })
    // The case page's token rides along once, to the confirmation page that shows its link.
    if (result.caseToken) query.set('case', result.caseToken)
    redirect(`/${locale}/contact/sent?${query}`)
  }
  if (result.status === 'discarded') redirect(`/${locale}/contact/sent`)
  if (result.status === 'invalid') {
    // The visitor's own mistake: a 4xx, with the form and its errors at each field.
    answerWithStatus(422)
    return { status: 'invalid', errors: result.errors, file: result.file, values, filesSent: files.length }
  }
  answerWithStatus(503)
  return { status: 'unavailable', values, filesSent: files.length }
}
