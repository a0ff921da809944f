import config from '@payload-config'
import type { NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { isLocale } from '@/i18n/locales'
import { isKnownBot } from '@/lib/bots'
import { chatUrl, isChatApp } from '@/lib/chat/apps'
import { countTap, tapVisitorKey } from '@/lib/chat/countTap'
import { prefillText } from '@/lib/chat/prefill'
import { resolveAgent } from '@/lib/referralAgent'
import { chatChannels } from '@/lib/chat/settings'
import { clientIp } from '@/lib/clientIp'
import { REFERRAL_COOKIE } from '@/lib/referral'
import { sameSitePath } from '@/lib/text/sitePath'

const noStore = { 'cache-control': 'no-store' }
const redirectTo = (location: string) => new Response(null, { status: 302, headers: { location, ...noStore } })

/**
 * A tap on a chat button (src/components/chat): counted like a short-link visit (app, page,
 * locale, referring agent; once per visitor and day, robots not at all), then sent on to the app
 * with the message typed in. The page and the agent's code are read here, on our side, so the
 * pages themselves stay the same cached HTML for everyone. Without a number or username for the
 * app, or for a page that is not ours, the visitor goes back to the contact page.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; app: string }> }) {
  const { locale, app } = await params
  if (!isLocale(locale) || !isChatApp(app)) return new Response(null, { status: 404, headers: noStore })
  const page = sameSitePath(request.nextUrl.searchParams.get('page'))
  if (!page || !page.startsWith(`/${locale}`)) return redirectTo(`/${locale}/contact`)
  const payload = await getPayload({ config })
  const [channels, agent] = await Promise.all([chatChannels(locale), resolveAgent(payload, request.cookies.get(REFERRAL_COOKIE)?.value).catch(() => undefined)])
  const target = chatUrl(app, channels[app], prefillText(locale, page, agent?.code))
  if (!target) return redirectTo(`/${locale}/contact`)
  const userAgent = request.headers.get('user-agent') ?? ''
  if (!isKnownBot(userAgent)) {
    const tap = { app, page, locale }
    await countTap(payload, { ...tap, agent: agent?.id ?? null, visitor: tapVisitorKey(tap, clientIp(request.headers), userAgent) })
  }
  return redirectTo(target)
}
