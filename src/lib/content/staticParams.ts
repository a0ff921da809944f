import { payloadClient } from '@/lib/content/client'

type SlugCollection = 'hospitals' | 'departments' | 'doctors' | 'therapies' | 'stories'

/** Slugs of published documents, for generateStaticParams (slugs are shared by every locale). */
export const publishedSlugs = async (collection: SlugCollection): Promise<{ slug: string }[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: false, select: { slug: true } })
  return docs.map((doc) => ({ slug: doc.slug }))
}
