import type { CollectionConfig } from 'payload'

import { contentCollectionDefaults, previewAdmin, revalidationHooks } from '@/collections/contentDefaults'
import { contentLintField } from '@/fields/contentLint'
import { factsSourceField } from '@/fields/factsSource'
import { outcomeStatsField } from '@/fields/outcomeStats'
import { rankingsField } from '@/fields/rankings'
import { slugField } from '@/fields/slug'
import { textListField } from '@/fields/textList'
import { caseLabels as C } from '@/i18n/admin/caseLabels'
import { collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { hospitalKindOptions, patientCountBasisOptions, spokenLanguageOptions, valueQualifierOptions } from '@/i18n/admin/optionLabels'

export const Hospitals: CollectionConfig<'hospitals'> = {
  slug: 'hospitals',
  labels: collectionLabels.hospitals,
  ...contentCollectionDefaults,
  admin: {
    ...contentCollectionDefaults.admin,
    ...previewAdmin('hospitals'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'kind', '_status', 'updatedAt'],
  },
  hooks: revalidationHooks('hospitals'),
  defaultPopulate: { name: true, slug: true, city: true, summary: true, heroImage: true },
  fields: [
    { name: 'name', type: 'text', label: L.name, localized: true, required: true },
    slugField(),
    contentLintField(),
    {
      type: 'tabs',
      tabs: [
        {
          label: L.summary,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'city', type: 'text', label: L.city, localized: true, required: true },
                { name: 'province', type: 'text', label: L.province, localized: true },
                { name: 'kind', type: 'select', label: L.kind, required: true, options: hospitalKindOptions },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'foundedYear', type: 'number', label: L.foundedYear, min: 1800, max: 2100 },
                { name: 'beds', type: 'number', label: L.beds, min: 0 },
                { name: 'clinicalCentres', type: 'number', label: L.clinicalCentres, min: 0 },
              ],
            },
            {
              name: 'patientsPerYear',
              type: 'group',
              label: L.patientsPerYear,
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'qualifier', type: 'select', label: L.factQualifier, defaultValue: 'exact', options: valueQualifierOptions },
                    { name: 'count', type: 'number', label: L.count, min: 0 },
                    { name: 'basis', type: 'select', label: L.basis, options: patientCountBasisOptions },
                    // Only when the source attaches a year to this count; empty is shown as "year not stated".
                    { name: 'year', type: 'number', label: L.sourceYear, min: 1900, max: 2100 },
                  ],
                },
              ],
            },
            factsSourceField(['foundedYear', 'beds', 'clinicalCentres', 'patientsPerYear.count']),
            { name: 'summary', type: 'textarea', label: L.summary, localized: true, required: true, maxLength: 400 },
            { name: 'description', type: 'richText', label: L.description, localized: true },
            rankingsField(),
            textListField({ name: 'nationalCentres', label: L.nationalCentres, itemLabel: L.centre }),
          ],
        },
        { label: L.outcomes, fields: [outcomeStatsField()] },
        {
          label: L.internationalServices,
          fields: [
            {
              name: 'internationalServices',
              type: 'group',
              label: L.internationalServices,
              fields: [
                { name: 'languages', type: 'select', label: L.languages, hasMany: true, options: spokenLanguageOptions },
                {
                  type: 'row',
                  fields: [
                    { name: 'interpreters', type: 'checkbox', label: L.interpreters },
                    { name: 'visaInvitationLetter', type: 'checkbox', label: L.visaInvitationLetter },
                    { name: 'airportPickup', type: 'checkbox', label: L.airportPickup },
                    { name: 'accommodationNearby', type: 'checkbox', label: C.accommodationNearby },
                  ],
                },
                { name: 'notes', type: 'textarea', label: L.notes, localized: true },
              ],
            },
            {
              name: 'location',
              type: 'group',
              label: L.location,
              fields: [
                { name: 'address', type: 'text', label: L.address, localized: true },
                // Only what a source names; left empty otherwise (the page then says the sources are silent).
                { name: 'nearestAirport', type: 'text', label: C.nearestAirport, localized: true, maxLength: 200 },
                {
                  type: 'row',
                  fields: [
                    { name: 'latitude', type: 'number', label: L.latitude, min: -90, max: 90 },
                    { name: 'longitude', type: 'number', label: L.longitude, min: -180, max: 180 },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: L.images,
          fields: [
            { name: 'logo', type: 'upload', relationTo: 'media', label: L.logo },
            { name: 'heroImage', type: 'upload', relationTo: 'media', label: L.heroImage },
            { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, label: L.gallery },
          ],
        },
      ],
    },
  ],
}
