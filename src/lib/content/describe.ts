import type { Hospital, Story, Therapy } from '@/payload-types'

export type Description = { title?: string | null; description?: string | null }

/**
 * What a detail page is called and how it is summed up, for its metadata and its link-preview
 * card alike, so the two never disagree.
 */
export const describe = {
  hospitals: (doc: Hospital): Description => ({ title: doc.name, description: doc.summary }),
  therapies: (doc: Therapy): Description => ({ title: doc.name, description: doc.summary }),
  stories: (doc: Story): Description => ({ title: doc.title, description: doc.outcome?.summary }),
}
