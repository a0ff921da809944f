import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** Agents make short links for themselves; admins may make them for any agent. */
export const isAgentOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'agent', 'admin')
