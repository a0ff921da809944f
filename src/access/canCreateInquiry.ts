import type { Access } from 'payload'

import { hasRole } from '@/access/hasRole'

/**
 * Through the API, only agents (for a patient they refer), coordinators and admins open inquiries.
 * Visitors use the public form, whose server code adds what the API would skip: the rate limit,
 * the honeypot, the consent record, the idempotency key and the records in one transaction.
 * Editors never touch patients' data.
 */
export const canCreateInquiry: Access = ({ req: { user } }) => hasRole(user, 'agent', 'coordinator', 'admin')
