import type { CollectionConfig, Field } from 'payload'

import { canCreateInquiry } from '@/access/canCreateInquiry'
import { isAdmin } from '@/access/isAdmin'
import { isCoordinator } from '@/access/isCoordinator'
import { readInquiries } from '@/access/readInquiries'
import { staffOnlyField } from '@/access/staffOnlyField'
import { caseFields } from '@/collections/Inquiries/caseFields'
import { assignCaseLink } from '@/collections/Inquiries/hooks/assignCaseLink'
import { sendReply } from '@/collections/Inquiries/hooks/sendReply'
import { assignReference } from '@/collections/Inquiries/hooks/assignReference'
import { attributeAgent } from '@/collections/Inquiries/hooks/attributeAgent'
import { computeInitials } from '@/collections/Inquiries/hooks/computeInitials'
import { recordStatusChange } from '@/collections/Inquiries/hooks/recordStatusChange'
import { printableLine, printableText, sameSitePathValidation } from '@/fields/validators'
import { MAX_CASE_RECORDS } from '@/lib/inquiries/limits'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { countrySelectOptions } from '@/i18n/admin/countryOptions'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { rowLabels } from '@/i18n/admin/rowLabels'
import { inquiryStatusOptions, pageLocaleOptions, spokenLanguageOptions } from '@/i18n/admin/optionLabels'

/**
 * Everything about the patient (who they are, how to reach them, what illness or treatment they
 * asked about, where they came from, what they consented to): written by the patient, read by
 * coordinators and admins only, and never changed afterwards by anyone, through the admin or the
 * API: it is the record of what the patient sent. Corrections go into the internal notes.
 * An agent reads the reference, status, dates and initials of the cases they referred, nothing else.
 */
const patientOnly = { read: staffOnlyField, update: () => false }
/** Case handling: set and read by coordinators and admins only. */
const staffOnly = { create: staffOnlyField, read: staffOnlyField, update: staffOnlyField }
/** Set once by hooks or the form's server code, never through the API. */
const systemOnly = { create: () => false, update: () => false }
/** Set by the form's server code, read by staff only. */
const systemStaffOnly = { ...systemOnly, read: staffOnlyField }

const contactFields: Field[] = [
  { name: 'name', type: 'text', label: L.name, required: true, maxLength: 120, access: patientOnly, validate: printableLine('name') },
  {
    name: 'initials',
    type: 'text',
    label: L.initials,
    maxLength: 20,
    access: systemOnly,
    admin: { readOnly: true, position: 'sidebar' },
  },
  { name: 'email', type: 'email', label: L.email, required: true, access: patientOnly },
  { name: 'phone', type: 'text', label: L.phone, maxLength: 40, access: patientOnly, validate: printableLine() },
  // Stored as the ISO code the form posts, shown by name in the admin's language.
  { name: 'country', type: 'select', label: L.country, options: countrySelectOptions, access: patientOnly },
  { name: 'preferredLanguage', type: 'select', label: L.preferredLanguage, required: true, defaultValue: 'en', options: spokenLanguageOptions, access: patientOnly },
]

const clinicalFields: Field[] = [
  { name: 'patientAge', type: 'number', label: L.patientAge, min: 0, max: 120, access: patientOnly },
  { name: 'diagnosis', type: 'textarea', label: L.diagnosis, maxLength: 2000, access: patientOnly, validate: printableText },
  { name: 'treatmentSoFar', type: 'textarea', label: L.treatmentSoFar, maxLength: 4000, access: patientOnly, validate: printableText },
  { name: 'message', type: 'textarea', label: L.message, maxLength: 4000, access: patientOnly, validate: printableText },
  {
    name: 'records',
    type: 'relationship',
    relationTo: 'medical-records',
    hasMany: true,
    // The first inquiry's records and those the patient adds later on the case page.
    maxRows: MAX_CASE_RECORDS,
    label: L.records,
    // Linked only by the form's server code, to the files stored with the same submission: through
    // the API anyone could otherwise attach another patient's records to an inquiry of their own.
    access: { ...systemOnly, read: staffOnlyField },
    admin: { readOnly: true },
  },
]

export const Inquiries: CollectionConfig<'inquiries'> = {
  slug: 'inquiries',
  labels: collectionLabels.inquiries,
  access: { create: canCreateInquiry, delete: isAdmin, read: readInquiries, update: isCoordinator },
  admin: {
    group: adminGroups.patients,
    // The reference, not the name: it is what every role that reads inquiries may see.
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'name', 'initials', 'status', 'preferredLanguage', 'country', 'therapy', 'hospital', 'agent', 'createdAt'],
    listSearchableFields: ['reference', 'name', 'email'],
  },
  // Newest first: new requests are what a coordinator opens the list for.
  defaultSort: '-createdAt',
  // Coordinators save and share list views ("new, Russian-speaking", "my cases in treatment"):
  // status, languages, hospital, therapy and agent are all indexed filter fields.
  enableQueryPresets: true,
  hooks: { beforeChange: [assignReference, assignCaseLink, computeInitials, attributeAgent, recordStatusChange, sendReply] },
  fields: [
    {
      name: 'reference',
      type: 'text',
      label: L.inquiryReference,
      unique: true,
      index: true,
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    ...contactFields,
    ...clinicalFields,
    {
      type: 'row',
      fields: [
        { name: 'therapy', type: 'relationship', relationTo: 'therapies', label: L.therapy, index: true, access: patientOnly },
        { name: 'hospital', type: 'relationship', relationTo: 'hospitals', label: L.hospital, index: true, access: patientOnly },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: L.consent,
      access: patientOnly,
      fields: [
        { name: 'given', type: 'checkbox', label: L.consentGiven, required: true },
        { name: 'version', type: 'text', label: L.consentVersion },
        { name: 'at', type: 'date', label: L.consentAt, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'transferConsent',
      type: 'group',
      label: L.transferConsent,
      access: patientOnly,
      fields: [
        { name: 'given', type: 'checkbox', label: L.transferConsentGiven },
        { name: 'version', type: 'text', label: L.consentVersion },
        { name: 'at', type: 'date', label: L.consentAt, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    // The page a patient wrote from names the illness or hospital they read about.
    {
      name: 'sourcePage',
      type: 'text',
      label: L.sourcePage,
      maxLength: 500,
      validate: sameSitePathValidation,
      admin: { position: 'sidebar' },
      access: patientOnly,
    },
    {
      name: 'pageLocale',
      type: 'select',
      label: L.pageLocale,
      options: pageLocaleOptions,
      index: true,
      // The language the patient read the site in: their acknowledgement e-mail is written in it.
      admin: { position: 'sidebar', readOnly: true },
      access: systemStaffOnly,
    },
    {
      name: 'submissionKey',
      type: 'text',
      unique: true,
      index: true,
      // Idempotency key of the form view that sent this inquiry; plumbing, not case data.
      access: systemStaffOnly,
      admin: { hidden: true },
    },
    {
      name: 'agent',
      type: 'relationship',
      relationTo: 'users',
      label: L.agent,
      index: true,
      filterOptions: { roles: { contains: 'agent' } },
      admin: { position: 'sidebar' },
      access: { create: staffOnlyField, update: staffOnlyField },
    },
    {
      name: 'status',
      type: 'select',
      label: L.status,
      required: true,
      defaultValue: 'new',
      index: true,
      options: inquiryStatusOptions,
      admin: { position: 'sidebar', components: { Cell: '@/components/admin/InquiryStatusCell#InquiryStatusCell' } },
      // Agents see the status of their referrals; only staff move a case along.
      access: { create: staffOnlyField, update: staffOnlyField },
    },
    {
      name: 'coordinator',
      type: 'relationship',
      relationTo: 'users',
      label: L.coordinator,
      index: true,
      // Cases go to people who work them, not to editors or agents.
      filterOptions: { roles: { in: ['coordinator', 'admin'] } },
      admin: { position: 'sidebar' },
      access: staffOnly,
    },
    ...caseFields,
    { name: 'internalNotes', type: 'textarea', label: L.internalNotes, access: staffOnly, validate: printableText },
    {
      name: 'statusHistory',
      type: 'array',
      label: L.statusHistory,
      labels: rowLabels.statusChange,
      // Written only by the recordStatusChange hook; read by staff.
      access: { create: () => false, read: staffOnlyField, update: () => false },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'status', type: 'select', label: L.status, required: true, options: inquiryStatusOptions },
        { name: 'changedBy', type: 'relationship', relationTo: 'users', label: L.changedBy },
        { name: 'changedAt', type: 'date', label: L.changedAt, required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
