import type { CollectionConfig } from 'payload'

import { contentCollectionDefaults, previewAdmin, revalidationHooks } from '@/collections/contentDefaults'
import { sameHospital } from '@/collections/Doctors/sameHospital'
import { contentLintField } from '@/fields/contentLint'
import { factsSourceField } from '@/fields/factsSource'
import { slugField } from '@/fields/slug'
import { textListField } from '@/fields/textList'
import { collectionLabels } from '@/i18n/admin/collectionLabels'
import { academicTitleOptions, clinicalGradeOptions } from '@/i18n/admin/doctorOptions'
import { spokenLanguageOptions } from '@/i18n/admin/optionLabels'
import { peopleLabels as P } from '@/i18n/admin/peopleLabels'

/** The plain facts of a profile: each shown only with the source that states it (factsSource). */
const PROFILE_FACTS = ['academicTitle', 'clinicalGrade', 'specialties', 'conditions', 'therapies', 'languages', 'education', 'memberships']

/**
 * A named doctor at a hospital (and department), with only what a source says about them: every
 * line of the profile cites its source, and nothing is shown as fact without one. Editors write,
 * visitors read published profiles, like the other content collections.
 */
export const Doctors: CollectionConfig<'doctors'> = {
  slug: 'doctors',
  labels: collectionLabels.doctors,
  ...contentCollectionDefaults,
  admin: {
    ...contentCollectionDefaults.admin,
    ...previewAdmin('doctors'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'hospital', 'department', '_status', 'updatedAt'],
  },
  hooks: revalidationHooks('doctors'),
  defaultPopulate: { name: true, slug: true, academicTitle: true, hospital: true, department: true },
  fields: [
    // In each language's usual script: editors write the Chinese name in characters only when a source gives them.
    { name: 'name', type: 'text', label: P.doctorName, localized: true, required: true, maxLength: 120 },
    slugField(),
    contentLintField(),
    {
      type: 'row',
      fields: [
        { name: 'academicTitle', type: 'select', label: P.academicTitle, options: academicTitleOptions },
        { name: 'clinicalGrade', type: 'select', label: P.clinicalGrade, options: clinicalGradeOptions },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'hospital', type: 'relationship', relationTo: 'hospitals', label: P.doctorHospital, required: true, index: true },
        {
          name: 'department',
          type: 'relationship',
          relationTo: 'departments',
          label: P.doctorDepartment,
          index: true,
          filterOptions: ({ data }) => (data?.hospital ? { hospital: { equals: data.hospital } } : true),
          validate: sameHospital,
        },
      ],
    },
    textListField({ name: 'specialties', label: P.specialties, itemLabel: P.specialty }),
    { name: 'conditions', type: 'relationship', relationTo: 'conditions', hasMany: true, label: P.doctorConditions },
    { name: 'therapies', type: 'relationship', relationTo: 'therapies', hasMany: true, label: P.doctorTherapies },
    { name: 'languages', type: 'select', hasMany: true, label: P.spokenLanguages, options: spokenLanguageOptions },
    textListField({ name: 'education', label: P.education, itemLabel: P.entry }),
    textListField({ name: 'memberships', label: P.memberships, itemLabel: P.entry }),
    factsSourceField(PROFILE_FACTS),
    {
      name: 'facts',
      type: 'array',
      label: P.sourcedFacts,
      admin: { description: P.sourcedFactsHelp },
      fields: [
        { name: 'text', type: 'textarea', label: P.fact, localized: true, required: true, maxLength: 600 },
        { name: 'source', type: 'relationship', relationTo: 'sources', label: P.factSource, required: true },
      ],
    },
    // Unset unless a source says the doctor sees patients now: the page then says it is not known.
    { name: 'seesPatients', type: 'checkbox', label: P.seesPatients, defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: P.photo, admin: { description: P.photoHelp } },
  ],
}
