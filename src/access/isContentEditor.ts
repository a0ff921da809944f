import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/access/hasRole'

/** Editors and admins write content; nobody else does. */
export const isContentEditor: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')

/** Field-level: editors' working data (a story's consent paperwork) that the public never reads. */
export const isContentEditorField: FieldAccess = ({ req: { user } }) => hasRole(user, 'editor', 'admin')
