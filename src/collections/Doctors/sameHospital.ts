import type { RelationshipFieldSingleValidation } from 'payload'

import { translate } from '@/i18n/admin/translate'

const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** A doctor's department must be one of their hospital's: the page links them under that hospital. */
export const sameHospital: RelationshipFieldSingleValidation = async (value, { data, req }) => {
  const department = idOf(value)
  const hospital = idOf((data as { hospital?: unknown } | undefined)?.hospital)
  if (department == null || hospital == null) return true
  const found = await req.payload
    .findByID({ collection: 'departments', id: department as number, depth: 0, draft: true, req, select: { hospital: true } })
    .catch(() => undefined)
  return (found && String(idOf(found.hospital)) === String(hospital)) || translate(req, 'departmentOfOtherHospital')
}
