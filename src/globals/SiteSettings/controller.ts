import type { Field } from 'payload'

import { fieldLabels as L } from '@/i18n/admin/fieldLabels'

/**
 * Who is responsible for patients' data (GDPR Art. 13(1)(a), PIPL Art. 17): named on the privacy
 * notice and in the consents' context, so it must be the real operator before going live.
 */
export const controllerField: Field = {
  name: 'controller',
  type: 'group',
  label: L.controller,
  admin: { description: L.controllerHelp },
  fields: [
    { name: 'name', type: 'text', label: L.controllerName, localized: true, maxLength: 200 },
    { name: 'address', type: 'textarea', label: L.controllerAddress, localized: true, maxLength: 500 },
    { name: 'email', type: 'email', label: L.controllerEmail },
  ],
}
