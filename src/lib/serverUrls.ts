/** The public origin of the portal, e.g. https://portal.example.com (no trailing slash). */
export const serverURL = (process.env.PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/**
 * Origins allowed to call the API with cookies (CORS) and to pass Payload's CSRF check: the
 * portal itself plus any listed in CORS_ORIGINS (comma-separated), e.g. a staging admin.
 */
export const trustedOrigins: string[] = [
  ...new Set([serverURL, ...(process.env.CORS_ORIGINS || '').split(',').map((o) => o.trim().replace(/\/+$/, ''))]),
].filter(Boolean)
