import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Locale } from '@/i18n/locales'
import { departments } from '@/seed/data/departments'
import { hospitals } from '@/seed/data/hospitals'
import { stories } from '@/seed/data/stories'
import { therapies } from '@/seed/data/therapies'

// Expectations come from the seed data and the messages files, never typed into the tests.
type Messages = Record<string, Record<string, unknown>>
const root = path.resolve(import.meta.dirname, '../..')
export const messages = (locale: Locale): Messages => JSON.parse(readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8'))
export const message = (locale: Locale, key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages(locale)) as string

const bySlug = <T extends { slug: string }>(list: T[], slug: string): T => {
  const found = list.find((item) => item.slug === slug)
  if (!found) throw new Error(`seed data has no ${slug}`)
  return found
}

export const seed = {
  hospital: bySlug(hospitals, 'ihcams-tianjin'),
  department: bySlug(departments, 'pediatric-hematology-oncology'),
  therapy: bySlug(therapies, 'car-t-cell-therapy'),
  story: bySlug(stories, 'car-t-trial-relapsed-all-example'),
  hospitals,
  therapies,
  stories,
}

/** Every page type, with the heading it must show in each locale. */
export const pageTypes = (locale: Locale) => [
  { name: 'home', path: '', h1: message(locale, 'home.title') },
  { name: 'hospitals', path: '/hospitals', h1: message(locale, 'hospitals.title') },
  { name: 'hospital', path: `/hospitals/${seed.hospital.slug}`, h1: seed.hospital.name[locale], text: seed.hospital.summary[locale] },
  {
    name: 'department',
    path: `/hospitals/${seed.department.hospital.slug}/departments/${seed.department.slug}`,
    h1: seed.department.name[locale],
    text: seed.department.summary[locale],
  },
  { name: 'therapies', path: '/therapies', h1: message(locale, 'therapies.title') },
  { name: 'therapy', path: `/therapies/${seed.therapy.slug}`, h1: seed.therapy.name[locale], text: seed.therapy.summary[locale] },
  { name: 'stories', path: '/stories', h1: message(locale, 'stories.title') },
  { name: 'story', path: `/stories/${seed.story.slug}`, h1: seed.story.title[locale], text: seed.story.outcome.summary[locale] },
  { name: 'search', path: `/search?q=${encodeURIComponent(seed.therapy.name[locale])}`, h1: message(locale, 'search.title') },
  { name: 'contact', path: '/contact', h1: message(locale, 'contact.title') },
  { name: 'privacy', path: '/privacy', h1: message(locale, 'privacy.title') },
]
