import createMiddleware from 'next-intl/middleware'

import { routing } from '@/i18n/routing'

/**
 * Sends `/` to the visitor's language (cookie, then Accept-Language) and keeps every public URL
 * under a locale. Payload's admin and API, Next's own files and anything with a file extension
 * pass through untouched.
 */
export default createMiddleware(routing)

export const config = {
  matcher: '/((?!admin|api|next|_next|_vercel|.*\\..*).*)',
}
