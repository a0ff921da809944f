import type { Doctor, Hospital, Media, Story, Therapy } from '@/payload-types'

export type Description = { title?: string | null; description?: string | null; image?: number | Media | null }

/**
 * What a detail page is called, how it is summed up and its picture, for its metadata and its
 * link-preview card alike, so the two never disagree.
 */
export const describe = {
  doctors: (doc: Doctor): Description => ({ title: doc.name, description: doc.facts?.[0]?.text, image: doc.photo }),
  hospitals: (doc: Hospital): Description => ({ title: doc.name, description: doc.summary, image: doc.heroImage }),
  therapies: (doc: Therapy): Description => ({ title: doc.name, description: doc.summary, image: doc.heroImage }),
  stories: (doc: Story): Description => ({ title: doc.title, description: doc.outcome?.summary, image: doc.images?.[0] }),
}
