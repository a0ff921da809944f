import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { nobody } from '@/access/nobody'
import { ownLockOrAdmin } from '@/access/ownLockOrAdmin'
import { seeLocks } from '@/access/seeLocks'
import { signedIn } from '@/access/signedIn'
import { lockOnlyWhatYouEdit } from '@/collections/payloadOwn/hooks/lockOnlyWhatYouEdit'

type Access = SanitizedCollectionConfig['access']

/**
 * The collections Payload registers by itself get Payload's default access: any signed-in user,
 * agents included, reads and writes them. They only exist once the config is sanitized (a plugin
 * runs too early to see them), so their rules are set here, on the sanitized config. Preferences
 * and query presets keep Payload's own per-user rules (query presets narrowed in payload.config.ts);
 * jobs and key-value rows already refuse every API caller.
 */
type Rule = { access: Partial<Access>; beforeChange?: SanitizedCollectionConfig['hooks']['beforeChange']; endpoints?: [] }

const rules: Record<string, Rule> = {
  'payload-locked-documents': {
    access: { read: seeLocks, create: signedIn, update: seeLocks, delete: ownLockOrAdmin },
    beforeChange: [lockOnlyWhatYouEdit],
  },
  // Which migrations ran is the admins' business; only Payload's migrate command writes them.
  // No REST routes either: Payload answers a collection with `endpoints: false` with a 501.
  'payload-migrations': { access: { read: isAdmin, create: nobody, update: nobody, delete: nobody, readVersions: nobody }, endpoints: [] },
  // Folders (when a collection turns them on) organise content: editors' work.
  'payload-folders': { access: { read: isContentEditor, create: isContentEditor, update: isContentEditor, delete: isContentEditor, readVersions: isContentEditor } },
}

/**
 * Payload lets any signed-in user run, queue and cancel jobs (/api/payload-jobs/run). A signed-in
 * user who is not an admin never may here; other callers (an admin, a scheduler with its own
 * secret and no user) keep whatever rule the jobs config gives them.
 */
const staffNeverRunJobs = (config: SanitizedConfig) => {
  const access = (config.jobs.access ??= {})
  for (const op of ['run', 'queue', 'cancel'] as const) {
    const rule = access[op]
    access[op] = async (args) => {
      if (args.req.user && !hasRole(args.req.user, 'admin')) return false
      return rule ? rule(args) : false
    }
  }
}

export const secureBuiltInCollections = async (pending: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const config = await pending
  for (const collection of config.collections) {
    const rule = rules[collection.slug]
    if (!rule) continue
    Object.assign(collection.access, rule.access)
    if (rule.beforeChange) collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), ...rule.beforeChange]
    if (rule.endpoints) collection.endpoints = rule.endpoints
  }
  // The schedule bookkeeping Payload keeps as a global once a task has a schedule: only Payload's
  // own scheduler (which bypasses access) reads and writes it.
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats') Object.assign(global.access, { read: nobody, update: nobody, readVersions: nobody })
  }
  staffNeverRunJobs(config)
  return config
}
