import type { CollectionConfig } from 'payload'

import { agentOwnOrStaff } from '@/access/agentOwnOrStaff'
import { isAdminField } from '@/access/isAdmin'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { pageLocaleOptions } from '@/i18n/admin/optionLabels'

/**
 * One row per counted visit (one visitor, one link, one day) through an agent's short link, written
 * only by the /r/ route. Rows
 * rather than a counter: two visits at once can't overwrite each other's count, and the dates show
 * when a shared link was opened. Agents read their own rows, coordinators and admins all.
 */
export const LinkVisits: CollectionConfig<'link-visits'> = {
  slug: 'link-visits',
  labels: collectionLabels.linkVisits,
  access: { create: () => false, read: agentOwnOrStaff, update: () => false, delete: () => false },
  admin: { group: adminGroups.agents, defaultColumns: ['link', 'target', 'locale', 'agent', 'createdAt'] },
  defaultSort: '-createdAt',
  fields: [
    { name: 'link', type: 'relationship', relationTo: 'agent-links', label: L.link, required: true, index: true },
    { name: 'agent', type: 'relationship', relationTo: 'users', label: L.agent, required: true, index: true },
    { name: 'target', type: 'relationship', relationTo: ['stories', 'therapies', 'hospitals'], label: L.linkTarget, required: true },
    { name: 'locale', type: 'select', label: L.linkLocale, options: pageLocaleOptions, index: true },
    // Keyed hash of link, address, browser and day (lib/shortLinks/visitorKey.ts): counts a visitor
    // once per day without storing anything personal. Plumbing: admins only.
    { name: 'visitor', type: 'text', index: true, access: { read: isAdminField }, admin: { hidden: true } },
  ],
}
