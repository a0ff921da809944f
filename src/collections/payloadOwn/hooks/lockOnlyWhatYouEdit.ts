import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { mayEdit, type EditTarget } from '@/access/mayEdit'

type LockData = {
  document?: { relationTo: string; value: number | string | { id: number | string } } | null
  globalSlug?: string | null
  user?: { relationTo: string; value: number | string | { id: number | string } } | null
}

const idOf = (value: number | string | { id: number | string }) => (typeof value === 'object' ? value.id : value)

/**
 * A document lock makes everyone else's save fail (423), so it is a weapon in the wrong hands.
 * Through the API (REST, or the Local API with a user) a lock is made or taken over only in the
 * caller's own name and only on a document or global they may edit themselves. Payload's own
 * locking writes straight to the database and never comes through here.
 */
export const lockOnlyWhatYouEdit: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const { user } = req
  if (!user) return data
  const lock = { ...(originalDoc as LockData | undefined), ...(data as LockData) }
  const owner = (data as LockData).user
  if (owner && (owner.relationTo !== user.collection || String(idOf(owner.value)) !== String(user.id))) throw new Forbidden(req.t)

  const target: EditTarget | undefined = lock.document
    ? { relationTo: lock.document.relationTo, value: idOf(lock.document.value) }
    : lock.globalSlug
      ? { globalSlug: lock.globalSlug }
      : undefined
  if (!target || (lock.document && lock.globalSlug) || !(await mayEdit(req, target))) throw new Forbidden(req.t)
  return { ...data, user: { relationTo: user.collection, value: user.id } }
}
