import type { CollectionConfig } from 'payload'

import { isContentEditorField } from '@/access/isContentEditor'
import { noQuoteInIllustrative } from '@/collections/Stories/hooks/noQuoteInIllustrative'
import { requireConsentToPublish } from '@/collections/Stories/hooks/requireConsentToPublish'
import { contentCollectionDefaults, previewAdmin, revalidationHooks } from '@/collections/contentDefaults'
import { contentLintField } from '@/fields/contentLint'
import { slugField } from '@/fields/slug'
import { countryCodeValidation } from '@/fields/validators'
import { collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { rowLabels } from '@/i18n/admin/rowLabels'
import { ageGroupOptions, consentGiverOptions, storyKindOptions } from '@/i18n/admin/optionLabels'

export const Stories: CollectionConfig<'stories'> = {
  slug: 'stories',
  labels: collectionLabels.stories,
  ...contentCollectionDefaults,
  admin: {
    ...contentCollectionDefaults.admin,
    ...previewAdmin('stories'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'therapy', 'hospital', 'kind', '_status'],
  },
  defaultPopulate: { title: true, slug: true, patientAlias: true, condition: true, therapy: true, images: true, kind: true },
  hooks: { beforeChange: [requireConsentToPublish, noQuoteInIllustrative], ...revalidationHooks('stories') },
  fields: [
    { name: 'title', type: 'text', label: L.title, localized: true, required: true },
    slugField({ from: 'title' }),
    contentLintField(),
    {
      // What the story is, shown on its page and card in every language. No default: an editor
      // says which it is, and a real account cannot be published without its consent record.
      name: 'kind',
      type: 'select',
      label: L.storyKind,
      required: true,
      options: storyKindOptions,
      admin: { position: 'sidebar', description: L.storyKindHelp },
    },
    {
      type: 'row',
      fields: [
        { name: 'patientAlias', type: 'text', label: L.patientAlias, localized: true, required: true, maxLength: 40 },
        { name: 'ageGroup', type: 'select', label: L.ageGroup, required: true, options: ageGroupOptions },
        {
          name: 'homeCountry',
          type: 'text',
          label: L.homeCountry,
          required: true,
          maxLength: 2,
          validate: countryCodeValidation(true),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'condition', type: 'relationship', relationTo: 'conditions', label: L.condition, required: true },
        { name: 'therapy', type: 'relationship', relationTo: 'therapies', label: L.therapy, required: true, index: true },
        { name: 'hospital', type: 'relationship', relationTo: 'hospitals', label: L.hospital, index: true },
      ],
    },
    {
      name: 'timeline',
      type: 'array',
      label: L.timeline,
      labels: rowLabels.event,
      fields: [
        { name: 'date', type: 'date', label: L.date, required: true, admin: { date: { pickerAppearance: 'monthOnly' } } },
        { name: 'event', type: 'text', label: L.event, localized: true, required: true },
      ],
    },
    {
      name: 'outcome',
      type: 'group',
      label: L.outcome,
      fields: [
        { name: 'summary', type: 'textarea', label: L.outcome, localized: true, required: true },
        { name: 'followUpDate', type: 'date', label: L.followUpDate },
      ],
    },
    {
      // Only a real person's own words, with their consent: an invented quotation is never shown.
      name: 'quote',
      type: 'textarea',
      label: L.quote,
      localized: true,
      maxLength: 400,
      admin: { description: L.quoteHelp },
    },
    { name: 'body', type: 'richText', label: L.body, localized: true },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true, label: L.images },
    {
      name: 'consent',
      type: 'group',
      label: L.consent,
      admin: { position: 'sidebar', condition: (data) => data?.kind === 'realAccount' },
      // Who signed, when and the file reference are the editors' paperwork. The public learns only
      // that consent is on file, which publication itself proves (requireConsentToPublish).
      access: { read: isContentEditorField, create: isContentEditorField, update: isContentEditorField },
      fields: [
        { name: 'givenBy', type: 'select', label: L.givenBy, options: consentGiverOptions },
        { name: 'date', type: 'date', label: L.consentDate },
        { name: 'reference', type: 'text', label: L.reference },
      ],
    },
  ],
}
