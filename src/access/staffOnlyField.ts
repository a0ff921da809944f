import type { FieldAccess } from 'payload'

import { hasRole } from '@/access/hasRole'

/**
 * Field-level rule for the clinical and internal parts of an inquiry (diagnosis, records, notes,
 * contact details): coordinators and admins only. Agents read the rest of the inquiries they
 * referred, visitors never read inquiries at all.
 */
export const staffOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'coordinator', 'admin')
