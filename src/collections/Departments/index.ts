import type { CollectionConfig } from 'payload'

import { contentCollectionDefaults, previewAdmin, revalidationHooks } from '@/collections/contentDefaults'
import { contentLintField } from '@/fields/contentLint'
import { factsSourceField } from '@/fields/factsSource'
import { slugField } from '@/fields/slug'
import { textListField } from '@/fields/textList'
import { collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { valueQualifierOptions } from '@/i18n/admin/optionLabels'

const staffGrades = ['professors', 'associateProfessors', 'attendingDoctors', 'residents', 'nurses'] as const

export const Departments: CollectionConfig<'departments'> = {
  slug: 'departments',
  labels: collectionLabels.departments,
  ...contentCollectionDefaults,
  admin: {
    ...contentCollectionDefaults.admin,
    ...previewAdmin('departments'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'hospital', '_status', 'updatedAt'],
  },
  hooks: revalidationHooks('departments'),
  defaultPopulate: { name: true, slug: true, hospital: true, summary: true },
  fields: [
    { name: 'name', type: 'text', label: L.name, localized: true, required: true },
    slugField(),
    contentLintField(),
    { name: 'hospital', type: 'relationship', relationTo: 'hospitals', label: L.hospital, required: true, index: true },
    { name: 'summary', type: 'textarea', label: L.summary, localized: true, required: true, maxLength: 400 },
    textListField({ name: 'specialties', label: L.specialties, itemLabel: L.specialty }),
    {
      name: 'staff',
      type: 'group',
      label: L.staff,
      fields: [
        { type: 'row', fields: staffGrades.map((grade) => ({ name: grade, type: 'number' as const, label: L[grade], min: 0 })) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'wards', type: 'number', label: L.wards, min: 0 },
        { name: 'beds', type: 'number', label: L.beds, min: 0 },
        { name: 'newPatientsPerYear', type: 'number', label: L.newPatientsPerYear, min: 0 },
        { name: 'newPatientsQualifier', type: 'select', label: L.factQualifier, defaultValue: 'exact', options: valueQualifierOptions },
      ],
    },
    factsSourceField([...staffGrades.map((grade) => `staff.${grade}`), 'wards', 'beds', 'newPatientsPerYear']),
    textListField({ name: 'diseasesTreated', label: L.diseasesTreated, itemLabel: L.disease }),
    { name: 'research', type: 'richText', label: L.research, localized: true },
    { name: 'laboratory', type: 'richText', label: L.laboratory, localized: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: L.heroImage },
  ],
}
