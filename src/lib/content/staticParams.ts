import { payloadClient } from '@/lib/content/client'

/** Slugs of published documents, for generateStaticParams (slugs are shared by every locale). */
export const publishedSlugs = async (collection: 'hospitals' | 'therapies' | 'stories'): Promise<{ slug: string }[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection, limit: 500, depth: 0, overrideAccess: false, select: { slug: true } })
  return docs.map((doc) => ({ slug: doc.slug }))
}
