import type { CollectionConfig } from 'payload'

import { contentCollectionDefaults, previewAdmin, revalidationHooks } from '@/collections/contentDefaults'
import { deriveHospitals } from '@/collections/Therapies/hooks/deriveHospitals'
import { contentLintField } from '@/fields/contentLint'
import { costRangeField } from '@/fields/costRange'
import { caseLabels } from '@/i18n/admin/caseLabels'
import { durationRangeField, durationRangeFields } from '@/fields/durationRange'
import { offeredAtField } from '@/fields/offeredAt'
import { outcomeStatsField } from '@/fields/outcomeStats'
import { slugField } from '@/fields/slug'
import { textListField } from '@/fields/textList'
import { collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { rowLabels } from '@/i18n/admin/rowLabels'
import { therapyCategoryOptions, transplantVariantOptions } from '@/i18n/admin/optionLabels'

export const Therapies: CollectionConfig<'therapies'> = {
  slug: 'therapies',
  labels: collectionLabels.therapies,
  ...contentCollectionDefaults,
  admin: {
    ...contentCollectionDefaults.admin,
    ...previewAdmin('therapies'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', '_status', 'updatedAt'],
  },
  hooks: { ...revalidationHooks('therapies'), beforeChange: [deriveHospitals] },
  defaultPopulate: { name: true, slug: true, category: true, summary: true, heroImage: true },
  fields: [
    { name: 'name', type: 'text', label: L.name, localized: true, required: true },
    slugField(),
    contentLintField(),
    { name: 'category', type: 'select', label: L.category, required: true, options: therapyCategoryOptions, index: true },
    {
      type: 'tabs',
      tabs: [
        {
          label: L.summary,
          fields: [
            { name: 'summary', type: 'textarea', label: L.summary, localized: true, required: true, maxLength: 400 },
            { name: 'howItWorks', type: 'richText', label: L.howItWorks, localized: true },
            { name: 'conditions', type: 'relationship', relationTo: 'conditions', hasMany: true, label: L.conditions },
            textListField({ name: 'eligibility', label: L.eligibility, itemLabel: L.criterion, textarea: true }),
            offeredAtField(),
            // Derived from offeredAt by deriveHospitals; kept as a plain list for filters and cards.
            { name: 'hospitals', type: 'relationship', relationTo: 'hospitals', hasMany: true, label: L.hospitals, admin: { readOnly: true } },
            { name: 'heroImage', type: 'upload', relationTo: 'media', label: L.heroImage },
          ],
        },
        {
          label: L.journey,
          fields: [
            {
              name: 'journey',
              type: 'array',
              label: L.journey,
              labels: rowLabels.step,
              fields: [
                { name: 'title', type: 'text', label: L.step, localized: true, required: true },
                { name: 'description', type: 'textarea', label: L.description, localized: true },
                ...durationRangeFields(),
              ],
            },
            durationRangeField({ name: 'totalDuration', label: L.totalDuration }),
          ],
        },
        {
          label: L.outcomes,
          fields: [
            outcomeStatsField(),
            {
              name: 'risks',
              type: 'array',
              label: L.risks,
              labels: rowLabels.risk,
              fields: [
                { name: 'title', type: 'text', label: L.risk, localized: true, required: true },
                { name: 'description', type: 'textarea', label: L.description, localized: true },
              ],
            },
          ],
        },
        {
          label: L.variants,
          fields: [
            {
              name: 'variants',
              type: 'array',
              label: L.variants,
              labels: rowLabels.variant,
              fields: [
                { name: 'kind', type: 'select', label: L.key, required: true, options: transplantVariantOptions },
                { name: 'name', type: 'text', label: L.name, localized: true, required: true },
                { name: 'description', type: 'textarea', label: L.description, localized: true },
                durationRangeField({ name: 'duration' }),
              ],
            },
          ],
        },
        {
          label: L.faq,
          fields: [
            {
              name: 'faq',
              type: 'array',
              label: L.faq,
              labels: rowLabels.question,
              fields: [
                { name: 'question', type: 'text', label: L.question, localized: true, required: true },
                { name: 'answer', type: 'textarea', label: L.answer, localized: true, required: true },
              ],
            },
          ],
        },
        // Costs have a tab of their own: editors look for them there, not among the questions.
        { label: caseLabels.costsTab, fields: [costRangeField()] },
      ],
    },
  ],
}
