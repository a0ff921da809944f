import type { CollectionConfig } from 'payload'

import { isCoordinator } from '@/access/isCoordinator'
import { missingFileNotFound } from '@/hooks/missingFileNotFound'
import { MB, validateUpload } from '@/hooks/validateUpload'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
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
  admin: { group: adminGroups.patients, useAsTitle: 'filename' },
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
  fields: [{ name: 'note', type: 'text', label: L.note }],
}
