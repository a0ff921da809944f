import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { revalidateGlobal } from '@/hooks/revalidatePublicPages'
import { adminGroups, globalLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'

/**
 * How patients reach the team, and the legal texts every page links to. Contact channels are
 * localized too: a Russian- or Arabic-speaking coordinator can have their own number and chat.
 */
export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: globalLabels.siteSettings,
  access: { read: anyone, update: isAdmin },
  admin: { group: adminGroups.system },
  hooks: { afterChange: [revalidateGlobal('site-settings')] },
  fields: [
    {
      name: 'contact',
      type: 'group',
      label: L.contact,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: L.email, localized: true, required: true },
            { name: 'phone', type: 'text', label: L.phone, localized: true },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'whatsapp', type: 'text', label: L.whatsapp, localized: true },
            { name: 'wechatId', type: 'text', label: L.wechatId, localized: true },
          ],
        },
      ],
    },
    { name: 'disclaimer', type: 'textarea', label: L.disclaimer, localized: true, required: true },
    { name: 'privacyNotice', type: 'richText', label: L.privacyNotice, localized: true, required: true },
  ],
}
