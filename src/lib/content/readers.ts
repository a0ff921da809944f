import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { pairWithEnglish, type Bilingual } from '@/lib/content/bilingual'
import { cached, payloadClient } from '@/lib/content/client'
import { publishedSlugs } from '@/lib/content/staticParams'
import { TAGS } from '@/lib/content/tags'
import type { Condition, Department, Doctor, Hospital, SiteSetting, Story, Therapy, TravelGuide } from '@/payload-types'

type ListOptions = { where?: Where; limit?: number; sort?: string }

/**
 * Published documents of a collection, read as a visitor (overrideAccess: false, no user), paired
 * with their English originals. Depth 1 populates images and related documents for cards.
 */
const publishedPairs = async <T extends { id: number | string }>(
  collection: 'hospitals' | 'departments' | 'doctors' | 'therapies' | 'stories' | 'conditions',
  locale: Locale,
  { where, limit = 100, sort }: ListOptions = {},
): Promise<Bilingual<T>[]> => {
  const payload = await payloadClient()
  return pairWithEnglish(locale, async (lang) => {
    const { docs } = await payload.find({ collection, locale: lang, fallbackLocale: false, depth: 1, limit, where, sort, overrideAccess: false })
    return docs as unknown as T[]
  })
}

export const listHospitals = cached('hospitals:list', [TAGS.hospitals, TAGS.sources, TAGS.media], (locale: Locale) =>
  publishedPairs<Hospital>('hospitals', locale, { sort: 'name' }),
)

export const listTherapies = cached('therapies:list', [TAGS.therapies, TAGS.conditions, TAGS.hospitals, TAGS.sources, TAGS.media], (locale: Locale) =>
  publishedPairs<Therapy>('therapies', locale, { sort: 'createdAt' }),
)

export const listStories = cached('stories:list', [TAGS.stories, TAGS.therapies, TAGS.hospitals, TAGS.conditions, TAGS.media], (locale: Locale) =>
  publishedPairs<Story>('stories', locale, { sort: '-createdAt' }),
)

export const listConditions = cached('conditions:list', [TAGS.conditions], (locale: Locale) =>
  publishedPairs<Condition>('conditions', locale, { sort: 'name' }),
)

export const listDepartments = cached('departments:list', [TAGS.departments, TAGS.hospitals, TAGS.sources], (locale: Locale) =>
  publishedPairs<Department>('departments', locale, { sort: 'name' }),
)

/** Doctors are listed on their own page and on their hospital's and department's pages. */
export const listDoctors = cached('doctors:list', [TAGS.doctors, TAGS.hospitals, TAGS.departments, TAGS.sources, TAGS.media], (locale: Locale) =>
  publishedPairs<Doctor>('doctors', locale, { sort: 'name' }),
)

export const getSettings = cached('settings', [TAGS.settings], async (locale: Locale): Promise<Bilingual<SiteSetting>> => {
  const payload = await payloadClient()
  const read = (lang: Locale) => payload.findGlobal({ slug: 'site-settings', locale: lang, fallbackLocale: false, overrideAccess: false })
  const doc = await read(locale)
  return { doc, en: locale === 'en' ? doc : await read('en') }
})

/** The travel guide in the page's language; an empty language shows the English guide (marked). */
export const getTravelGuide = cached('travel-guide', [TAGS.travel], async (locale: Locale): Promise<Bilingual<TravelGuide>> => {
  const payload = await payloadClient()
  const read = (lang: Locale) => payload.findGlobal({ slug: 'travel-guide', locale: lang, fallbackLocale: false, overrideAccess: false })
  const doc = await read(locale)
  return { doc, en: locale === 'en' ? doc : await read('en') }
})

type DetailCollection = 'hospitals' | 'departments' | 'doctors' | 'therapies' | 'stories'

/**
 * One document by slug. Visitors get the cached, published version; an editor in draft mode (set
 * by /next/preview after checking their role) gets the latest draft, uncached.
 */
export const getBySlug = async <T extends { id: number | string }>(
  collection: DetailCollection,
  slug: string,
  locale: Locale,
  draft = false,
): Promise<Bilingual<T> | undefined> => {
  if (!draft) {
    // A made-up slug is answered from one cached list per collection, so it adds no cache entry
    // of its own (see src/lib/cache/notFoundFreeCache.cjs for the page side).
    if (!(await knownSlugs(collection)).includes(slug)) return undefined
    return (await cachedBySlug(collection, slug, locale)) as Bilingual<T> | undefined
  }
  const payload = await payloadClient()
  return (
    await pairWithEnglish(locale, async (lang) => {
      const { docs } = await payload.find({ collection, locale: lang, fallbackLocale: false, depth: 1, limit: 1, draft: true, where: { slug: { equals: slug } } })
      return docs as unknown as T[]
    })
  )[0]
}

const knownSlugs = cached('slugs', [TAGS.hospitals, TAGS.departments, TAGS.doctors, TAGS.therapies, TAGS.stories], async (collection: DetailCollection) =>
  (await publishedSlugs(collection)).map(({ slug }) => slug),
)

const cachedBySlug = cached(
  'detail',
  [TAGS.hospitals, TAGS.departments, TAGS.doctors, TAGS.therapies, TAGS.stories, TAGS.conditions, TAGS.sources, TAGS.media],
  async (collection: DetailCollection, slug: string, locale: Locale) =>
    (await publishedPairs<{ id: number | string }>(collection, locale, { where: { slug: { equals: slug } }, limit: 1 }))[0],
)
