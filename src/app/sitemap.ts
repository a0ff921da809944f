import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/lib/seo/sitemapEntries'

/** /sitemap.xml: every published page in every locale with its language alternates. */
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries()
}
