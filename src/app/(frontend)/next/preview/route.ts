import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isLocalPagePath } from '@/lib/previewPath'

/**
 * Draft mode for editors: the admin's Preview and Live Preview open /next/preview?path=/ru/…,
 * which checks the signed-in user is an editor or admin and then shows that page with drafts.
 * Only local paths under a locale are accepted, so this can't be used as an open redirect.
 */
export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? ''
  if (!isLocalPagePath(path)) {
    return new Response('Invalid preview path', { status: 400 })
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!hasRole(user, 'editor', 'admin')) return new Response('Sign in to the admin as an editor to preview drafts', { status: 403 })
  ;(await draftMode()).enable()
  redirect(path)
}
