import type { JobsConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { acknowledgePatientTask } from '@/jobs/acknowledgePatient'
import { backfillTranslationStateTask } from '@/jobs/backfillTranslationState'
import { deleteExpiredInquiriesTask } from '@/jobs/deleteExpiredInquiries'
import { notifyCaseUpdateTask } from '@/jobs/notifyCaseUpdate'
import { notifyCoordinatorsTask } from '@/jobs/notifyCoordinators'
import { sendReplyTask } from '@/jobs/sendReply'
import { adminGroups } from '@/i18n/admin/collectionLabels'
import { translateJobsCollection } from '@/i18n/admin/jobLabels'
import type { User } from '@/payload-types'

/** Every background task, one file each with its retry policy. Add new ones here. */
export const tasks = [notifyCoordinatorsTask, acknowledgePatientTask, deleteExpiredInquiriesTask, notifyCaseUpdateTask, sendReplyTask, backfillTranslationStateTask]

/**
 * Whether this server runs queued jobs itself (the default). Operators who prefer a separate
 * worker set JOBS_AUTORUN=false and run `npm run jobs:worker` (see the README).
 */
export const jobsAutorun = (): boolean => process.env.JOBS_AUTORUN !== 'false'

/** Every five seconds by default: an inquiry's e-mails leave within seconds of it being stored. */
const AUTORUN_CRON = process.env.JOBS_AUTORUN_CRON || '*/5 * * * * *'
/** Jobs started per tick, side by side (so about 4 e-mails a second by default). */
const AUTORUN_LIMIT = Number(process.env.JOBS_AUTORUN_LIMIT) || 20

const adminsOnly = ({ req }: { req: { user?: Pick<User, 'roles'> | null } }) => hasRole(req.user, 'admin')

export const jobs: JobsConfig = {
  tasks,
  // Payload lets any signed-in user queue, run and cancel jobs by default; here only admins may.
  access: { queue: adminsOnly, run: adminsOnly, cancel: adminsOnly },
  // Payload closes the jobs collection to everyone; admins may read it (a mail that failed for
  // good shows there with its error) and delete jobs, nobody writes them through the API.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...translateJobsCollection(defaultJobsCollection),
    access: { ...defaultJobsCollection.access, read: isAdmin, delete: isAdmin },
    admin: { ...defaultJobsCollection.admin, group: adminGroups.system, hidden: ({ user }) => !hasRole({ roles: user?.roles as User['roles'] }, 'admin') },
  }),
  // Runs in the server process (started by src/instrumentation.ts). Left out entirely when
  // switched off, or Payload would start it on the first admin or API request anyway.
  autoRun: jobsAutorun() ? [{ cron: AUTORUN_CRON, allQueues: true, limit: AUTORUN_LIMIT, silent: { info: true } }] : undefined,
}
