import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { locales } from '@/i18n/locales'
import { describeCard } from '@/lib/og/describeCard'
import { qrSvg } from '@/lib/qr'
import { serverURL } from '@/lib/serverUrls'

type Context = { params: Promise<{ locale: string; path?: string[] }> }

// Drawn per request (a millisecond) from the public address the server runs with, so the code
// never names the address of the build; browsers and our compression keep it for a day.
export const dynamic = 'force-dynamic'

/**
 * The share panel's QR code of a page, as an image: inline, its SVG was 2 KB in the HTML and the
 * same again in the flight data of every shared page, for a panel most visitors never open. Only
 * pages that exist (the link-preview card's own test) get a code; anything else is a 404.
 */
export const GET = async (_request: Request, { params }: Context) => {
  const { locale, path = [] } = await params
  if (!hasLocale(locales, locale) || !(await describeCard(locale, path))) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'share' })
  const svg = await qrSvg(`${serverURL}/${[locale, ...path].join('/')}`, t('qrLabel'))
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' } })
}
