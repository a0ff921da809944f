import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** Editors and admins read drafts; everyone else (visitors, agents, coordinators) only published documents. */
export const publishedOrContentEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'editor', 'admin')) return true
  return { _status: { equals: 'published' } }
}
