import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { revalidationHooks } from '@/collections/contentDefaults'
import { slugField } from '@/fields/slug'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { sourceKindOptions } from '@/i18n/admin/optionLabels'
import { validateSourceUrl } from '@/collections/Sources/validateSourceUrl'

/**
 * Where a figure, a fact or a therapy's status comes from. Every outcome figure, hospital fact and
 * therapy-per-hospital row points at one of these, and pages render it as a citation, never as a
 * file name. No URL unless the source itself has a public one; no date unless it states one.
 */
export const Sources: CollectionConfig<'sources'> = {
  slug: 'sources',
  labels: collectionLabels.sources,
  access: { create: isContentEditor, delete: isContentEditor, read: anyone, update: isContentEditor },
  admin: { group: adminGroups.content, useAsTitle: 'title', defaultColumns: ['title', 'kind', 'publisher', 'updatedAt'] },
  hooks: revalidationHooks('sources'),
  fields: [
    { name: 'title', type: 'text', label: L.sourceTitle, localized: true, required: true },
    slugField({ from: 'title' }),
    { name: 'publisher', type: 'text', label: L.publisher, localized: true, required: true },
    { name: 'kind', type: 'select', label: L.sourceKind, required: true, options: sourceKindOptions },
    { name: 'url', type: 'text', label: L.sourceUrl, validate: validateSourceUrl },
    {
      type: 'row',
      fields: [
        { name: 'published', type: 'date', label: L.publishedOn, admin: { description: L.publishedOnHelp, date: { pickerAppearance: 'dayOnly' } } },
        { name: 'accessed', type: 'date', label: L.accessedOn, admin: { description: L.accessedOnHelp, date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
  ],
}
