import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isLocalPagePath } from '@/lib/previewPath'

/**
 * Leaves draft mode and returns to the published page (or the home page, for a path elsewhere). A
 * path that is not even a URL path (CR/LF, NUL) is refused: Next would throw building the redirect.
 */
export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  if (/[\u0000-\u001f\u007f]/.test(path)) return new Response('Invalid path', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  ;(await draftMode()).disable()
  redirect(isLocalPagePath(path) ? path : '/')
}
