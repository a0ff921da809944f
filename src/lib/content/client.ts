import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import type { Tag } from '@/lib/content/tags'

export const payloadClient = () => getPayload({ config })

/**
 * Wraps a reader of published content in Next's data cache, keyed by its arguments (so by locale)
 * and tagged by the collections it reads. Pages are rendered once per locale and served from
 * cache; the collections' revalidation hooks expire the tags on publish, unpublish and delete.
 */
export const cached = <A extends unknown[], R>(name: string, tags: Tag[], reader: (...args: A) => Promise<R>) =>
  unstable_cache(reader, [name], { tags })
