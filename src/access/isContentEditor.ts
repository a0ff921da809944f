import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** Editors and admins write content; nobody else does. */
export const isContentEditor: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')
