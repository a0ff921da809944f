import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/**
 * Visitors, agents, coordinators and admins may open an inquiry. A signed-in user with none of
 * those roles (an editor) may not: editors keep content and never touch patients' data.
 */
export const canCreateInquiry: Access = ({ req: { user } }) =>
  !user || hasRole(user, 'agent', 'coordinator', 'admin')
