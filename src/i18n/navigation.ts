import { createNavigation } from 'next-intl/navigation'

import { routing } from '@/i18n/routing'

/** Locale-aware paths for server code: getPathname({ href: '/therapies', locale: 'ar' }) → /ar/therapies. */
export const { getPathname, redirect } = createNavigation(routing)
