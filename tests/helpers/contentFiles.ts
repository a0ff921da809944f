import { readFileSync } from 'node:fs'
import path from 'node:path'

import { locales, type Locale } from '@/i18n/locales'
import { conditions } from '@/seed/data/conditions'
import { departments } from '@/seed/data/departments'
import { doctors } from '@/seed/data/doctors'
import { hospitals } from '@/seed/data/hospitals'
import { siteSettings } from '@/seed/data/siteSettings'
import { sources } from '@/seed/data/sources'
import { stories } from '@/seed/data/stories'
import { therapies } from '@/seed/data/therapies'

/** Every seed document, named by file and slug, so a finding says where to look. */
export const seedDocuments = (): { file: string; name: string; doc: unknown }[] => [
  ...sources.map((doc) => ({ file: 'sources.ts', name: doc.slug, doc })),
  ...conditions.map((doc) => ({ file: 'conditions.ts', name: doc.slug, doc })),
  ...hospitals.map((doc) => ({ file: 'hospitals.ts', name: doc.slug, doc })),
  ...departments.map((doc) => ({ file: 'departments.ts', name: doc.slug, doc })),
  ...doctors.map((doc) => ({ file: 'doctors.ts', name: doc.slug, doc })),
  ...therapies.map((doc) => ({ file: 'therapies.ts', name: doc.slug, doc })),
  ...stories.map((doc) => ({ file: 'stories.ts', name: doc.slug, doc })),
  { file: 'siteSettings.ts', name: 'site-settings', doc: siteSettings },
]

/** The portal's messages, one parsed file per locale. */
export const messages = (): { locale: Locale; json: unknown }[] =>
  locales.map((locale) => ({ locale, json: JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) }))
