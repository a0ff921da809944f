import type { CollectionConfig } from 'payload'

import { isCoordinator } from '@/access/isCoordinator'
import { missingFileNotFound } from '@/hooks/missingFileNotFound'
import { MB, validateUpload } from '@/hooks/validateUpload'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { peopleLabels as P } from '@/i18n/admin/peopleLabels'
import { recordsDir } from '@/lib/paths'
import { privateFileHeaders } from '@/lib/uploadHeaders'

export const RECORD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const

/**
 * Patients' medical records. Files sit in media/records, outside anything Next serves; Payload
 * streams them from /api/medical-records/file/… only to coordinators and admins. Visitors' uploads
 * arrive through the inquiry form's server code, never through this collection's API.
 */
export const MedicalRecords: CollectionConfig<'medical-records'> = {
  slug: 'medical-records',
  labels: collectionLabels.medicalRecords,
  access: { create: isCoordinator, delete: isCoordinator, read: isCoordinator, update: isCoordinator },
  // Named by the file's original name: the random name on disk tells a coordinator nothing.
  admin: { group: adminGroups.patients, useAsTitle: 'originalName', defaultColumns: ['originalName', 'inquiry', 'filesize', 'createdAt'] },
  hooks: {
    beforeOperation: [
      validateUpload({
        collection: 'medical-records',
        allowed: RECORD_TYPES,
        allowedLabel: 'PDF, JPEG, PNG',
        maxBytes: 10 * MB,
        anonymiseName: true,
      }),
    ],
  },
  upload: {
    staticDir: recordsDir,
    handlers: [missingFileNotFound(recordsDir)],
    mimeTypes: [...RECORD_TYPES],
    // No resized copies of clinical documents, and never a public URL to one.
    crop: false,
    focalPoint: false,
    modifyResponseHeaders: privateFileHeaders,
  },
  fields: [
    // Set by validateUpload from the uploaded file (whatever the request says), for staff only.
    { name: 'originalName', type: 'text', label: P.originalName, maxLength: 200, admin: { readOnly: true } },
    // The inquiry the file came with (its `records`), shown as a link back to it.
    { name: 'inquiry', type: 'join', label: P.recordInquiry, collection: 'inquiries', on: 'records', admin: { defaultColumns: ['reference', 'status', 'createdAt'] } },
    { name: 'note', type: 'text', label: L.note },
  ],
}
