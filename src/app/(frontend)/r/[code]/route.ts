import config from '@payload-config'
import { NextResponse, type NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { isKnownBot } from '@/lib/bots'
import { clientIp } from '@/lib/clientIp'
import { REFERRAL_COOKIE, referralCookieOptions } from '@/lib/referral'
import { SHORT_LINK_PATTERN } from '@/lib/shortLinks'
import { countVisit } from '@/lib/shortLinks/countVisit'
import { lastKnown, resolveLink, type ResolvedLink } from '@/lib/shortLinks/resolve'
import { visitorKey } from '@/lib/shortLinks/visitorKey'

// A relative Location keeps the visitor on the host they came to (an absolute one built from
// Next's request URL can name another, and the cookies set here would stay behind).
const redirectTo = (pathname: string) => new NextResponse(null, { status: 302, headers: { location: pathname, 'cache-control': 'no-store' } })

/**
 * An agent's short link: sends the visitor to the page in the chosen language, remembers the agent
 * for the inquiry form (the same 30-day cookie as ?ref=) and counts the visit once per visitor,
 * link and day (a keyed hash, not a cookie, so a script without cookies counts once too). Robots
 * and link-preview crawlers are not counted. Unknown codes and pages unpublished since go to a
 * home page; with the database down, the link's last known page, and the visit is retried later.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.toUpperCase()
  if (!SHORT_LINK_PATTERN.test(code)) return redirectTo('/')
  const payload = await getPayload({ config })
  let resolved: ResolvedLink
  try {
    resolved = await resolveLink(payload, code)
  } catch (error) {
    payload.logger.error({ err: error }, `[short link] could not resolve ${code}; using its last known page`)
    resolved = lastKnown(code) ?? { path: '/' }
  }
  const response = redirectTo(resolved.path)
  if (resolved.referralCode) response.cookies.set(REFERRAL_COOKIE, resolved.referralCode, referralCookieOptions)
  const userAgent = request.headers.get('user-agent') ?? ''
  if (resolved.visit && !isKnownBot(userAgent)) {
    await countVisit(payload, { ...resolved.visit, visitor: visitorKey(resolved.visit.link, clientIp(request.headers), userAgent) })
  }
  return response
}
