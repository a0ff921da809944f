import type { CollectionSlug, Payload } from 'payload'

import { locales, defaultLocale } from '@/i18n/locales'
import { conditions } from '@/seed/data/conditions'
import { departments } from '@/seed/data/departments'
import { doctors } from '@/seed/data/doctors'
import { hospitals } from '@/seed/data/hospitals'
import { siteSettings } from '@/seed/data/siteSettings'
import { travelGuide } from '@/seed/data/travelGuide'
import { sources } from '@/seed/data/sources'
import { stories } from '@/seed/data/stories'
import { therapies } from '@/seed/data/therapies'
import { drawSeedImage } from '@/seed/images'
import { pickLocale, withRowIds } from '@/seed/localize'
import type { SeedImage } from '@/seed/types'
import { seedUsers } from '@/seed/users'

type Id = number | string
type ContentSlug = Extract<CollectionSlug, 'sources' | 'conditions' | 'hospitals' | 'departments' | 'doctors' | 'therapies' | 'stories'>

// Sources and conditions are reference data without drafts; the rest is published content.
const withoutDrafts = new Set<ContentSlug>(['sources', 'conditions'])

// The seed writes hundreds of documents; revalidating pages after each would be wasted work.
const context = { disableRevalidate: true }
const otherLocales = locales.filter((locale) => locale !== defaultLocale)

/**
 * Loads the demo content in all four languages. Idempotent: documents are matched by slug (images
 * by file name, users by e-mail) and updated in place, keeping array rows' IDs, so running it
 * again leaves the same content.
 */
export const seed = async (payload: Payload): Promise<void> => {
  const ids = new Map<string, Id>()
  const resolveRef = (collection: string, slug: string): Id => {
    const id = ids.get(`${collection}:${slug}`)
    if (id == null) throw new Error(`[seed] ${collection}/${slug} is referenced before it was seeded`)
    return id
  }

  const image = async (img: SeedImage): Promise<Id> => {
    const filename = `${img.key}.jpg`
    const found = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0 })
    let id = found.docs[0]?.id
    if (id == null) {
      const data = await drawSeedImage(img)
      const created = await payload.create({
        collection: 'media',
        data: { alt: img.alt[defaultLocale] },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        locale: defaultLocale,
        context,
      })
      id = created.id
    }
    for (const locale of locales) {
      await payload.update({ collection: 'media', id, data: { alt: img.alt[locale] }, locale, context })
    }
    return id
  }

  const upsert = async (collection: ContentSlug, doc: { slug: string } & Record<string, unknown>): Promise<void> => {
    const drafts = !withoutDrafts.has(collection)
    const status = drafts ? { _status: 'published' as const } : {}
    const found = await payload.find({ collection, where: { slug: { equals: doc.slug } }, limit: 1, depth: 0, draft: drafts, locale: defaultLocale })
    let stored = found.docs[0] as unknown as Record<string, unknown> | undefined
    for (const locale of [defaultLocale, ...otherLocales]) {
      const data = { ...(withRowIds(pickLocale(doc, locale, resolveRef), stored) as Record<string, unknown>), ...status }
      stored = (
        stored
          ? await payload.update({ collection, id: stored.id as Id, data, locale, depth: 0, context })
          : await payload.create({ collection, data: data as never, locale, depth: 0, context })
      ) as unknown as Record<string, unknown>
    }
    ids.set(`${collection}:${doc.slug}`, stored!.id as Id)
  }

  for (const source of sources) await upsert('sources', source)
  for (const condition of conditions) await upsert('conditions', condition)
  for (const { heroImage, ...hospital } of hospitals) await upsert('hospitals', { ...hospital, heroImage: await image(heroImage) })
  for (const department of departments) await upsert('departments', department)
  for (const doctor of doctors) await upsert('doctors', doctor)
  for (const { heroImage, ...therapy } of therapies) await upsert('therapies', { ...therapy, heroImage: await image(heroImage) })
  for (const { image: img, ...story } of stories) await upsert('stories', { ...story, images: [await image(img)] })

  for (const locale of locales) {
    await payload.updateGlobal({ slug: 'site-settings', data: pickLocale(siteSettings, locale, resolveRef) as never, locale, context })
    await payload.updateGlobal({ slug: 'travel-guide', data: pickLocale(travelGuide, locale, resolveRef) as never, locale, context })
  }
  await seedUsers(payload)
  payload.logger.info(
    `[seed] ${sources.length} sources, ${hospitals.length} hospitals, ${departments.length} departments, ${doctors.length} doctors, ${therapies.length} therapies, ` +
      `${stories.length} stories, ${conditions.length} conditions in ${locales.join(', ')}`,
  )
}
