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
import { secureBuiltInCollections } from '@/collections/payloadOwn'
import { globals } from '@/globals'
import { answerDatabaseUnavailable } from '@/hooks/answerDatabaseUnavailable'
import { customMessages } from '@/i18n/admin/messages'
import { payloadTextFixes, queryPresetLabels, translateBuiltInLabels } from '@/i18n/admin/payloadTexts'
import { defaultLocale, localeLabels, locales, rtlLocales } from '@/i18n/locales'
import { jobs } from '@/jobs'
import { answerInputErrors } from '@/lib/api/inputErrors'
import { databaseAdapter } from '@/lib/database'
import { emailAdapter } from '@/lib/email'
import { onInit } from '@/lib/onInit'
import { resolvePayloadSecret } from '@/lib/secret'
import { serverURL, trustedOrigins } from '@/lib/serverUrls'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's own collections (locks, migrations, …) get their rules once they exist: see payloadOwn.
export default translateBuiltInLabels(secureBuiltInCollections(buildConfig({
  secret: resolvePayloadSecret(),
  serverURL,
  cors: trustedOrigins,
  csrf: trustedOrigins,
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: emailAdapter(),
  sharp,
  collections,
  globals,
  admin: {
    user: 'users',
    // Gravatar would fetch every editor's picture from a third-party host (and leak their e-mail hash).
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · China Care Portal' },
    // Translators start from what needs doing: missing and stale translations per locale.
    components: {
      beforeDashboard: ['@/components/admin/translation/TranslationDashboard#TranslationDashboard'],
      providers: ['@/components/admin/ContentDirection#ContentDirection', '@/components/admin/AdminAriaLabels#AdminAriaLabels'],
    },
    // date-fns' localized tokens: each admin language's own date order and words (zh "2026年12月1日
    // 下午 7:56"), where Payload's default pattern spelt English order in Chinese words.
    dateFormat: 'PPPp',
  },
  // The admin UI in the four languages of the portal; each user picks theirs.
  i18n: {
    supportedLanguages: { en, zh, ru, ar },
    fallbackLanguage: 'en',
    translations: {
      en: { ...payloadTextFixes.en, custom: customMessages.en },
      zh: { ...payloadTextFixes.zh, custom: customMessages.zh },
      ru: { ...payloadTextFixes.ru, custom: customMessages.ru },
      ar: { ...payloadTextFixes.ar, custom: customMessages.ar },
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
    labels: queryPresetLabels,
    // Payload's own choices (only me, everyone, specific users) are enough here.
    constraints: {},
  },
  // Nothing queries GraphQL; leaving it on would only widen what the API exposes.
  graphQL: { disable: true },
  // A ceiling per file of a multipart body. Per-collection limits (10 MB) are checked in the
  // collections' own hooks, which answer in the user's language; this one stops abuse early. The
  // whole body was already held to MAX_BODY_BYTES, and big bodies paced, by the production server
  // (src/server/), because Payload holds an upload in memory while it parses it.
  upload: { limits: { fileSize: 25 * 1024 * 1024, files: 5 }, abortOnLimit: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // A locked or unreachable database is a 503 (try again), and a visitor's malformed request a 4xx
  // (inputErrors.ts), not a 500 (bug).
  hooks: { afterError: [answerDatabaseUnavailable, answerInputErrors] },
  // Background work (inquiry e-mails, retention): tasks in src/jobs, run by this server unless
  // JOBS_AUTORUN=false.
  jobs,
  onInit,
})))
