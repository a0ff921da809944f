import type { MetadataRoute } from 'next'

import { serverURL } from '@/lib/serverUrls'

/**
 * /robots.txt: the public pages are for everyone; the CMS, the API, editors' draft routes and
 * agents' short links (which count visits) are not for crawlers.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/next/', '/r/'] },
    sitemap: `${serverURL}/sitemap.xml`,
  }
}
