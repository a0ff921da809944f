import { serverOrigin } from '@/lib/serverOrigin.cjs'

/**
 * The public origin of the portal, e.g. https://portal.example.com (no trailing slash), as the
 * server runs: pages made at build time for another address are made again (src/lib/cache/).
 */
export const serverURL: string = serverOrigin()

/**
 * Origins allowed to call the API with cookies (CORS) and to pass Payload's CSRF check: the
 * portal itself plus any listed in CORS_ORIGINS (comma-separated), e.g. a staging admin.
 */
export const trustedOrigins: string[] = [
  ...new Set([serverURL, ...(process.env.CORS_ORIGINS || '').split(',').map((o) => o.trim().replace(/\/+$/, ''))]),
].filter(Boolean)
