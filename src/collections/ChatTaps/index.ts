import type { CollectionConfig } from 'payload'

import { agentOwnOrStaff } from '@/access/agentOwnOrStaff'
import { isAdminField } from '@/access/isAdmin'
import { caseLabels as C } from '@/i18n/admin/caseLabels'
import { adminGroups } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { pageLocaleOptions } from '@/i18n/admin/optionLabels'

/**
 * One row per counted tap on a WhatsApp or Telegram button (one visitor, app, page and day),
 * written only by the /{locale}/chat/ route, like short-link visits: agents read the taps of the
 * patients they referred, coordinators and admins all of them.
 */
export const ChatTaps: CollectionConfig<'chat-taps'> = {
  slug: 'chat-taps',
  labels: { singular: C.chatTap, plural: C.chatTaps },
  access: { create: () => false, read: agentOwnOrStaff, update: () => false, delete: () => false },
  admin: { group: adminGroups.agents, defaultColumns: ['app', 'page', 'locale', 'agent', 'createdAt'] },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'app',
      type: 'select',
      label: C.chatApp,
      required: true,
      index: true,
      options: [
        { value: 'whatsapp', label: 'WhatsApp' },
        { value: 'telegram', label: 'Telegram' },
      ],
    },
    { name: 'page', type: 'text', label: C.chatPage, required: true, index: true, maxLength: 500 },
    { name: 'locale', type: 'select', label: L.linkLocale, options: pageLocaleOptions, index: true },
    { name: 'agent', type: 'relationship', relationTo: 'users', label: L.agent, index: true },
    // Keyed hash of app, page, address, browser and day (src/lib/chat/countTap.ts). Plumbing: admins only.
    { name: 'visitor', type: 'text', index: true, access: { read: isAdminField }, admin: { hidden: true } },
  ],
}
