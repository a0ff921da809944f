import config from '@payload-config'
import { NextResponse, type NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { isLocale } from '@/i18n/locales'
import { REFERRAL_COOKIE, referralCookieOptions } from '@/lib/referral'
import { SHORT_LINK_PATTERN, sharedPagePaths } from '@/lib/shortLinks'

// A visit is counted once per browser, link and day: refreshes, a second tap in the chat and the
// redirect itself add nothing. The marker cookie holds no personal data, only the code.
const SEEN_FOR_SECONDS = 24 * 60 * 60
const seenCookie = (code: string) => `cc_seen_${code}`

// A relative Location keeps the visitor on the host they came to (an absolute one built from
// Next's request URL can name another, and the cookies set here would stay behind).
const redirectTo = (_request: NextRequest, pathname: string) =>
  new NextResponse(null, { status: 302, headers: { location: pathname, 'cache-control': 'no-store' } })

/**
 * An agent's short link: counts the visit for the agent and the page, remembers the agent for the
 * inquiry form (the same 30-day cookie as ?ref=), and sends the visitor to the page in the chosen
 * language. Unknown codes, and pages unpublished since, go to the home page instead of an error.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.toUpperCase()
  if (!SHORT_LINK_PATTERN.test(code)) return redirectTo(request, '/')
  try {
    const payload = await getPayload({ config })
    const { docs } = await payload.find({ collection: 'agent-links', where: { code: { equals: code } }, limit: 1, depth: 0 })
    const link = docs[0]
    if (!link || !isLocale(link.locale)) return redirectTo(request, '/')
    const { relationTo, value } = link.target
    const targetId = typeof value === 'object' ? value.id : value
    // Read as a visitor: a page unpublished since the link was made is not shown.
    const page = await payload.find({ collection: relationTo, where: { id: { equals: targetId } }, locale: link.locale, limit: 1, depth: 0, overrideAccess: false, select: { slug: true } })
    const slug = page.docs[0]?.slug
    if (!slug) return redirectTo(request, `/${link.locale}`)

    const agentId = typeof link.agent === 'object' ? link.agent.id : link.agent
    const agent = await payload.findByID({ collection: 'users', id: agentId, depth: 0, select: { referralCode: true } }).catch(() => undefined)
    const response = redirectTo(request, `/${link.locale}/${sharedPagePaths[relationTo]}/${slug}`)
    if (agent?.referralCode) response.cookies.set(REFERRAL_COOKIE, agent.referralCode, referralCookieOptions)
    if (!request.cookies.has(seenCookie(code))) {
      await payload.create({ collection: 'link-visits', data: { link: link.id, agent: agentId, target: { relationTo, value: targetId }, locale: link.locale } })
      response.cookies.set(seenCookie(code), '1', { ...referralCookieOptions, maxAge: SEEN_FOR_SECONDS })
    }
    return response
  } catch (error) {
    // The database is unreachable: the visitor still gets somewhere useful, the team a log line.
    console.error('[short link] could not resolve', code, error)
    return redirectTo(request, '/')
  }
}
