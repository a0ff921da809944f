import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/** Coordinators and admins handle patients' cases and medical records. */
export const isCoordinator: Access = ({ req: { user } }) => hasRole(user, 'coordinator', 'admin')
