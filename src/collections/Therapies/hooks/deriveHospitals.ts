import type { CollectionBeforeChangeHook } from 'payload'

type Row = { hospital?: number | string | { id: number | string } | null }

/**
 * `hospitals` (used by the hospital filter and the cards) is derived from `offeredAt`, so a
 * hospital is linked to a therapy only through a row that has a status and a source.
 */
export const deriveHospitals: CollectionBeforeChangeHook = ({ data }) => {
  if (!Array.isArray(data.offeredAt)) return data
  const ids = (data.offeredAt as Row[])
    .map((row) => (row.hospital && typeof row.hospital === 'object' ? row.hospital.id : row.hospital))
    .filter((id): id is number | string => id != null)
  return { ...data, hospitals: [...new Set(ids)] }
}
