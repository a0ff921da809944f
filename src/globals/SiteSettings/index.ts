import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { controllerField } from '@/globals/SiteSettings/controller'
import { exchangeRatesField } from '@/globals/SiteSettings/exchangeRates'
import { replyWithinDaysField } from '@/globals/SiteSettings/replyTime'
import { retentionMonthsField } from '@/globals/SiteSettings/retention'
import { revalidateGlobal } from '@/hooks/revalidatePublicPages'
import { caseLabels as C } from '@/i18n/admin/caseLabels'
import { adminGroups, globalLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { notTranslated } from '@/lib/translationState/plainText'

/**
 * How patients reach the team, and the legal facts every page depends on: the medical disclaimer,
 * what to do in an emergency, who pays for the service, who controls patients' data and how long
 * inquiries are kept. Contact channels are localized too: a Russian- or Arabic-speaking coordinator
 * can have their own number and chat (so they are not translations: no translation state).
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
            { name: 'phone', type: 'text', label: L.phone, localized: true, custom: notTranslated },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'whatsapp', type: 'text', label: L.whatsapp, localized: true, custom: notTranslated },
            { name: 'wechatId', type: 'text', label: L.wechatId, localized: true, custom: notTranslated },
          ],
        },
        // The chat buttons beside the inquiry form (src/components/chat) open WhatsApp and Telegram.
        { name: 'telegram', type: 'text', label: C.telegram, localized: true, maxLength: 64, custom: notTranslated },
      ],
    },
    {
      name: 'disclaimer',
      type: 'textarea',
      label: L.disclaimer,
      localized: true,
      required: true,
      admin: { description: L.disclaimerHelp },
    },
    { name: 'emergency', type: 'textarea', label: L.emergency, localized: true, admin: { description: L.emergencyHelp } },
    { name: 'funding', type: 'textarea', label: L.funding, localized: true, admin: { description: L.fundingHelp } },
    controllerField,
    retentionMonthsField,
    replyWithinDaysField,
    exchangeRatesField,
    {
      // The notice itself is written in messages/*.json (its sections and the consents in the form
      // must say the same thing); this is room for anything an operator needs to add.
      name: 'privacyNotice',
      type: 'richText',
      label: L.privacyNoticeExtra,
      localized: true,
    },
  ],
}
