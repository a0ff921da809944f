import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { contentLintField } from '@/fields/contentLint'
import { slugField } from '@/fields/slug'
import { revalidationHooks } from '@/collections/contentDefaults'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'

/**
 * A small shared vocabulary of diseases (AML, ALL, multiple myeloma, ...). Therapies and stories
 * point at it, so "filter therapies by condition" works the same in every language.
 */
export const Conditions: CollectionConfig<'conditions'> = {
  slug: 'conditions',
  labels: collectionLabels.conditions,
  access: { create: isContentEditor, delete: isContentEditor, read: anyone, update: isContentEditor },
  admin: { group: adminGroups.content, useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  hooks: revalidationHooks('conditions'),
  fields: [
    { name: 'name', type: 'text', label: L.name, localized: true, required: true },
    slugField(),
    contentLintField(),
    { name: 'summary', type: 'textarea', label: L.summary, localized: true, maxLength: 300 },
  ],
}
