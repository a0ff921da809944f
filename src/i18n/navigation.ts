import { createNavigation } from 'next-intl/navigation'

import { routing } from '@/i18n/routing'

/** Locale-aware Link and helpers: `<Link href="/therapies">` renders /{current locale}/therapies. */
export const { Link, getPathname, redirect, usePathname, useRouter } = createNavigation(routing)
