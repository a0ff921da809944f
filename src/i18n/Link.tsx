import NextLink from 'next/link'
import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  href: string | { pathname: string; query?: Record<string, string> }
  locale?: Locale
}

/**
 * `<Link href="/therapies">` → /{current locale}/therapies, as a server component. next-intl's own
 * Link is a client component that needs NextIntlClientProvider, which would ship the ICU message
 * formatter to every visitor; resolving the path on the server ships nothing.
 */
export const Link = async ({ href, locale, ...rest }: Props) => {
  const target = locale ?? ((await getLocale()) as Locale)
  return <NextLink href={getPathname({ href, locale: target })} {...rest} />
}
