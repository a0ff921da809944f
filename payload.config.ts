import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isCoordinator } from '@/access/isCoordinator'
import { collections } from '@/collections'
import { SiteSettings } from '@/globals/SiteSettings'
import { customMessages } from '@/i18n/admin/messages'
import { jobs } from '@/jobs'
import { onInit } from '@/lib/onInit'
import { defaultLocale, localeLabels, locales, rtlLocales } from '@/i18n/locales'
import { databaseAdapter } from '@/lib/database'
import { emailAdapter } from '@/lib/email'
import { resolvePayloadSecret } from '@/lib/secret'
import { serverURL, trustedOrigins } from '@/lib/serverUrls'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL,
  cors: trustedOrigins,
  csrf: trustedOrigins,
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  collections,
  globals: [SiteSettings],
  admin: {
    user: 'users',
    // Gravatar would fetch every editor's picture from a third-party host (and leak their e-mail hash).
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · China Care Portal' },
  },
  // The admin UI in the four languages of the portal; each user picks theirs.
  i18n: {
    supportedLanguages: { en, zh, ru, ar },
    fallbackLanguage: 'en',
    translations: {
      en: { custom: customMessages.en },
      zh: { custom: customMessages.zh },
      ru: { custom: customMessages.ru },
      ar: { custom: customMessages.ar },
    },
  },
  // Content languages: the same list next-intl routes on.
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code], rtl: rtlLocales.has(code) })),
    defaultLocale,
    fallback: true,
  },
  // Saved list views (used on inquiries): only the people who work the cases make and share them.
  queryPresets: {
    access: { read: isCoordinator, create: isCoordinator, update: isCoordinator, delete: isCoordinator },
    // Payload's own choices (only me, everyone, specific users) are enough here.
    constraints: {},
  },
  // Nothing queries GraphQL; leaving it on would only widen what the API exposes.
  graphQL: { disable: true },
  // A hard ceiling for any multipart body. Per-collection limits (10 MB) are checked in the
  // collections' own hooks, which answer in the user's language; this one stops abuse early.
  upload: { limits: { fileSize: 25 * 1024 * 1024, files: 5 }, abortOnLimit: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // Background work (inquiry e-mails): tasks in src/jobs, run by this server unless JOBS_AUTORUN=false.
  jobs,
  onInit,
})
