import type { CollectionConfig } from 'payload'

import { agentOwnOrAdmin } from '@/access/agentOwnOrAdmin'
import { agentOwnOrStaff } from '@/access/agentOwnOrStaff'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAgentOrAdmin } from '@/access/isAgentOrAdmin'
import { assignLinkOwner } from '@/collections/AgentLinks/hooks/assignLinkOwner'
import { countVisits } from '@/collections/AgentLinks/hooks/countVisits'
import { requirePublishedTarget } from '@/collections/AgentLinks/hooks/requirePublishedTarget'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { pageLocaleOptions } from '@/i18n/admin/optionLabels'
import { defaultLocale } from '@/i18n/locales'

/**
 * An agent's short link to one published story, therapy or hospital page in one language. Opening
 * /r/<code> counts a visit for the agent and the page and remembers the agent for the inquiry form.
 */
export const AgentLinks: CollectionConfig<'agent-links'> = {
  slug: 'agent-links',
  labels: collectionLabels.agentLinks,
  access: { create: isAgentOrAdmin, read: agentOwnOrStaff, update: isAdmin, delete: agentOwnOrAdmin },
  admin: { group: adminGroups.agents, useAsTitle: 'code', defaultColumns: ['code', 'target', 'locale', 'visits', 'agent', 'createdAt'] },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [assignLinkOwner, requirePublishedTarget] },
  fields: [
    {
      name: 'target',
      type: 'relationship',
      relationTo: ['stories', 'therapies', 'hospitals'],
      label: L.linkTarget,
      required: true,
      filterOptions: { _status: { equals: 'published' } },
    },
    { name: 'locale', type: 'select', label: L.linkLocale, required: true, defaultValue: defaultLocale, options: pageLocaleOptions },
    { name: 'code', type: 'text', label: L.linkCode, unique: true, index: true, access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'agent',
      type: 'relationship',
      relationTo: 'users',
      label: L.agent,
      required: true,
      index: true,
      filterOptions: { roles: { contains: 'agent' } },
      // Set to the agent who makes the link; only admins choose another agent.
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    { name: 'visits', type: 'number', label: L.visits, virtual: true, admin: { readOnly: true, position: 'sidebar' }, hooks: { afterRead: [countVisits] } },
    { name: 'shareKit', type: 'ui', label: L.shareKit, admin: { components: { Field: '@/components/admin/AgentLinkShare#AgentLinkShare' } } },
  ],
}
