import type { ArrayField, TextFieldSingleValidation } from 'payload'

import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { rowLabels } from '@/i18n/admin/rowLabels'
import { therapyStatusOptions, trialPhaseOptions } from '@/i18n/admin/optionLabels'

const isTrial = (_: unknown, row: { status?: string } | undefined) => row?.status === 'clinicalTrial'

/** A row names a hospital, or says who the source describes when it names none. */
const providerWhenNoHospital: TextFieldSingleValidation = (value, { siblingData, req }) =>
  (siblingData as { hospital?: unknown }).hospital != null || (value != null && value !== '') || req.t('validation:required')

/**
 * Where a therapy is offered and on what footing: standard care, an approved product, or a
 * clinical trial (registry, ID and phase where the source gives them). Each row carries the
 * source that supports it: no therapy is linked to a hospital without one.
 */
export const offeredAtField = (): ArrayField => ({
  name: 'offeredAt',
  type: 'array',
  label: L.offeredAt,
  labels: rowLabels.offeredAt,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'hospital', type: 'relationship', relationTo: 'hospitals', label: L.hospital },
        { name: 'status', type: 'select', label: L.therapyStatus, required: true, options: therapyStatusOptions },
        { name: 'source', type: 'relationship', relationTo: 'sources', label: L.source, required: true },
      ],
    },
    { name: 'providerNote', type: 'text', label: L.providerNote, localized: true, validate: providerWhenNoHospital },
    {
      type: 'row',
      admin: { condition: isTrial },
      fields: [
        { name: 'trialRegistry', type: 'text', label: L.trialRegistry, admin: { condition: isTrial } },
        { name: 'trialId', type: 'text', label: L.trialId, admin: { condition: isTrial } },
        { name: 'trialPhase', type: 'select', label: L.trialPhase, defaultValue: 'notStated', options: trialPhaseOptions, admin: { condition: isTrial } },
      ],
    },
    { name: 'note', type: 'textarea', label: L.note, localized: true },
  ],
})
