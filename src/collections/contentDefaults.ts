import type { CollectionConfig } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { publishedOrContentEditor } from '@/access/publishedOrContentEditor'
import { adminGroups } from '@/i18n/admin/collectionLabels'

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
