import type { CollectionConfig, CollectionSlug } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { publishedOrContentEditor } from '@/access/publishedOrContentEditor'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidatePublicPages'
import { adminGroups } from '@/i18n/admin/collectionLabels'
import type { Tag } from '@/lib/content/tags'
import { previewUrl } from '@/lib/previewPath'

/**
 * What every public content collection shares: editors write, everyone reads published
 * documents only, drafts with autosave and a bounded version history.
 */
export const contentCollectionDefaults = {
  access: {
    create: isContentEditor,
    delete: isContentEditor,
    read: publishedOrContentEditor,
    readVersions: isContentEditor,
    update: isContentEditor,
  },
  admin: { group: adminGroups.content },
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
} satisfies Partial<CollectionConfig>

/** Public pages show what these collections hold: refresh them when visitors' view changes. */
export const revalidationHooks = (tag: Tag) => ({
  afterChange: [revalidateAfterChange(tag)],
  afterDelete: [revalidateAfterDelete(tag)],
})

/** Preview and Live Preview open the public page in draft mode, in the locale being edited. */
export const previewAdmin = (collection: CollectionSlug) => ({
  preview: (doc: Record<string, unknown>, { locale }: { locale: string }) => previewUrl(collection, doc, locale),
  livePreview: { url: ({ data, locale }: { data: Record<string, unknown>; locale: { code: string } }) => previewUrl(collection, data, locale.code) },
})
