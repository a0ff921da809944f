import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { adminOrSelfField, readUsers } from '@/access/readUsers'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { assignReferralCode } from '@/collections/Users/hooks/assignReferralCode'
import { defaultDisplayName } from '@/collections/Users/hooks/defaultDisplayName'
import { clearLoginFailuresOnSuccess, countLoginFailures } from '@/collections/Users/hooks/countLoginFailures'
import { throttleAuth } from '@/collections/Users/hooks/throttleAuth'
import { firstUserIsAdmin } from '@/collections/Users/hooks/firstUserIsAdmin'
import { printableLine } from '@/fields/validators'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { roleOptions } from '@/i18n/admin/optionLabels'
import { isAdminLanguage } from '@/i18n/admin/translate'
import { localeLabels, locales } from '@/i18n/locales'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: collectionLabels.users,
  auth: {
    // Payload's own lock (five failures lock the account for everyone) let anyone lock the admin
    // out at will; sign-ins are throttled per address instead (hooks/throttleAuth.ts).
    maxLoginAttempts: 0,
    // Payload's reset interval reserves the account with a write outside the request's transaction,
    // which SQLite refuses while that transaction is open (a 500 every time); the address limit in
    // throttleAuth does its job.
    forgotPassword: { minRequestInterval: 0 },
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    delete: isAdmin,
    read: readUsers,
    update: adminOrSelf,
    // Payload lets any signed-in user unlock any account by default; only admins may here.
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [throttleAuth],
    afterError: [countLoginFailures],
    afterLogin: [clearLoginFailuresOnSuccess],
  },
  // Named by display name wherever a user is shown (referring agent, assigned coordinator).
  admin: { group: adminGroups.system, useAsTitle: 'displayName', defaultColumns: ['displayName', 'email', 'roles'] },
  fields: [
    { name: 'displayName', type: 'text', label: L.displayName, maxLength: 80, validate: printableLine('name'), hooks: { beforeChange: [defaultDisplayName] } },
    // Payload's own e-mail field, merged with this: colleagues who may read the account see its
    // name and role, not its address.
    { name: 'email', type: 'email', label: L.email, access: { read: adminOrSelfField } },
    {
      name: 'roles',
      type: 'select',
      label: L.roles,
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: roleOptions,
      saveToJWT: true,
      // Without this, any user could make themselves an admin through PATCH /api/users/:id.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // Inquiry notices reach each coordinator in this language. Payload keeps the admin's own
      // language in a browser cookie only, so the account records it for mail sent without a request.
      name: 'language',
      type: 'select',
      label: L.noticeLanguage,
      options: locales.map((code) => ({ value: code, label: localeLabels[code] })),
      defaultValue: ({ req }) => (isAdminLanguage(req?.i18n?.language) ? req.i18n.language : 'en'),
      access: { read: adminOrSelfField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'referralCode',
      type: 'text',
      label: L.referralCode,
      unique: true,
      index: true,
      saveToJWT: true,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.referralCode) },
      access: { create: isAdminField, read: adminOrSelfField, update: isAdminField },
      hooks: { beforeChange: [assignReferralCode] },
    },
  ],
}
