import { serverURL } from '@/lib/serverUrls'

/** Agents' short links: /r/<code>, redirecting to a localized page (src/app/(frontend)/r/[code]). */
export const SHORT_LINK_PATTERN = /^[A-Z2-9]{7}$/
export const shortLinkUrl = (code: string): string => `${serverURL}/r/${code}`

/** Where each shareable collection's pages live under /{locale}. */
export const sharedPagePaths = { stories: 'stories', therapies: 'therapies', hospitals: 'hospitals' } as const
export type SharedCollection = keyof typeof sharedPagePaths
