import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { printableLine, printableText } from '@/fields/validators'
import { revalidateGlobal } from '@/hooks/revalidatePublicPages'
import { adminGroups } from '@/i18n/admin/collectionLabels'
import { travelGuideLabels as L } from '@/i18n/admin/travelGuideLabels'

/**
 * The general guide for families staying in China for treatment (/[locale]/travel): the medical
 * visa, money, phones, staying for weeks. Editors own its text in every language; each language's
 * sections are its own (a Russian family needs other visa advice than a Saudi one). Until an
 * editor ticks "checked" for a language, the page says the guide is general guidance, not checked.
 */
export const TravelGuide: GlobalConfig<'travel-guide'> = {
  slug: 'travel-guide',
  label: L.global,
  access: { read: anyone, update: isContentEditor },
  admin: { group: adminGroups.content },
  hooks: { afterChange: [revalidateGlobal('travel-guide')] },
  fields: [
    { name: 'title', type: 'text', label: L.title, localized: true, required: true, maxLength: 120, validate: printableLine() },
    { name: 'lead', type: 'textarea', label: L.lead, localized: true, maxLength: 600, validate: printableText },
    { name: 'checked', type: 'checkbox', label: L.checked, localized: true, defaultValue: false, admin: { description: L.checkedHelp } },
    {
      name: 'sections',
      type: 'array',
      label: L.sections,
      labels: { singular: L.section, plural: L.sections },
      localized: true,
      fields: [
        { name: 'heading', type: 'text', label: L.heading, required: true, maxLength: 120, validate: printableLine() },
        {
          name: 'points',
          type: 'array',
          label: L.points,
          labels: { singular: L.point, plural: L.points },
          fields: [{ name: 'text', type: 'textarea', label: L.point, required: true, maxLength: 1000, validate: printableText }],
        },
      ],
    },
  ],
}
