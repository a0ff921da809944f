import type { CollectionBeforeChangeHook } from 'payload'

import type { Inquiry } from '@/payload-types'

/**
 * Every status an inquiry passes through is kept, with who set it and when: coordinators see the
 * case's history, and nobody can rewrite it (the field is read-only to every role).
 */
export const recordStatusChange: CollectionBeforeChangeHook<Inquiry> = ({ data, operation, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status ?? 'new'
  if (operation === 'update' && status === originalDoc?.status) return data
  const entry = { status, changedBy: req.user?.id ?? null, changedAt: new Date().toISOString() }
  return { ...data, statusHistory: [...(originalDoc?.statusHistory ?? []), entry] }
}
