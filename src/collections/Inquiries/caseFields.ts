import type { Field } from 'payload'

import { staffOnlyField } from '@/access/staffOnlyField'
import { printableText } from '@/fields/validators'
import { caseLabels as C } from '@/i18n/admin/caseLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { pageLocaleOptions } from '@/i18n/admin/optionLabels'

const never = () => false
/** Written by the case page's server code and hooks only; read by staff. */
const systemStaffOnly = { create: never, update: never, read: staffOnlyField }

/**
 * The patient's private case page (src/lib/case): the link's salt and token hash (plumbing, read
 * by nobody), the coordinator's switch to revoke it, what the patient added later, and the
 * coordinator's replies. A reply is typed into replyDraft; the sendReply hook moves it into
 * replies and queues its e-mail, so what went out is kept as it was sent.
 */
export const caseFields: Field[] = [
  { name: 'caseSalt', type: 'text', access: { create: never, update: never, read: never }, admin: { hidden: true } },
  { name: 'caseTokenHash', type: 'text', index: true, access: { create: never, update: never, read: never }, admin: { hidden: true } },
  {
    name: 'caseLinkRevoked',
    type: 'checkbox',
    label: C.caseLinkRevoked,
    defaultValue: false,
    access: { create: staffOnlyField, read: staffOnlyField, update: staffOnlyField },
    admin: { position: 'sidebar', description: C.caseLinkRevokedHelp },
  },
  {
    name: 'patientUpdates',
    type: 'array',
    label: C.patientUpdates,
    access: systemStaffOnly,
    admin: { readOnly: true, initCollapsed: true },
    labels: { singular: C.update, plural: C.patientUpdates },
    fields: [
      { name: 'message', type: 'textarea', label: L.message },
      { name: 'files', type: 'number', label: C.filesAdded },
      { name: 'at', type: 'date', label: C.receivedAt, required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  {
    name: 'replyDraft',
    type: 'textarea',
    label: C.replyDraft,
    maxLength: 8000,
    validate: printableText,
    access: { create: staffOnlyField, read: staffOnlyField, update: staffOnlyField },
    admin: { description: C.replyDraftHelp },
  },
  {
    name: 'replies',
    type: 'array',
    label: C.replies,
    access: systemStaffOnly,
    admin: { readOnly: true },
    labels: { singular: C.reply, plural: C.replies },
    fields: [
      { name: 'text', type: 'textarea', label: C.replyText, required: true },
      { name: 'locale', type: 'select', label: C.replyLocale, options: pageLocaleOptions },
      { name: 'by', type: 'relationship', relationTo: 'users', label: C.writtenBy },
      { name: 'at', type: 'date', label: C.writtenAt, required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'emailedAt', type: 'date', label: C.emailedAt, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
]
