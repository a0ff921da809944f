import type { Payload } from 'payload'

import { isLocale } from '@/i18n/locales'
import { sharedPagePaths } from '@/lib/shortLinks'
import type { AgentLink } from '@/payload-types'

export type ResolvedLink = {
  /** Where to send the visitor. */
  path: string
  /** Set when the link leads to its page: what a visit records. */
  visit?: { link: number; agent: number; target: AgentLink['target']; locale: AgentLink['locale'] }
  referralCode?: string
}

// The last good answer per code, used only when the database cannot be asked: a shared link keeps
// taking people to its page through an outage. Bounded; the oldest entry goes first.
const MAX_REMEMBERED = 2_000
const store = globalThis as typeof globalThis & { resolvedLinks?: Map<string, ResolvedLink> }
const remembered = (store.resolvedLinks ??= new Map())

const remember = (code: string, resolved: ResolvedLink) => {
  remembered.delete(code)
  remembered.set(code, resolved)
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!)
  return resolved
}

export const lastKnown = (code: string): ResolvedLink | undefined => remembered.get(code)

/**
 * An agent link's destination: its page in its language, if that page is still published (read as
 * a visitor); the home page in that language if not; the site's home for an unknown code.
 */
export const resolveLink = async (payload: Payload, code: string): Promise<ResolvedLink> => {
  const { docs } = await payload.find({ collection: 'agent-links', where: { code: { equals: code } }, limit: 1, depth: 0 })
  const link = docs[0]
  if (!link || !isLocale(link.locale)) return { path: '/' }
  const { relationTo, value } = link.target
  const targetId = typeof value === 'object' ? value.id : value
  const page = await payload.find({ collection: relationTo, where: { id: { equals: targetId } }, locale: link.locale, limit: 1, depth: 0, overrideAccess: false, select: { slug: true } })
  const slug = page.docs[0]?.slug
  if (!slug) return remember(code, { path: `/${link.locale}` })
  const agentId = typeof link.agent === 'object' ? link.agent.id : link.agent
  const agent = await payload.findByID({ collection: 'users', id: agentId, depth: 0, select: { referralCode: true } }).catch(() => undefined)
  return remember(code, {
    path: `/${link.locale}/${sharedPagePaths[relationTo]}/${slug}`,
    visit: { link: link.id, agent: agentId, target: { relationTo, value: targetId } as AgentLink['target'], locale: link.locale },
    referralCode: agent?.referralCode ?? undefined,
  })
}
