import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isLocale } from '@/i18n/locales'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  ;(await draftMode()).disable()
  redirect(path.startsWith('/') && !path.startsWith('//') && isLocale(path.split('/')[1]) ? path : '/')
}
