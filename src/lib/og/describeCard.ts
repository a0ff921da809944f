import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { describe, type Description } from '@/lib/content/describe'
import { getBySlug } from '@/lib/content/readers'
import { cardPhoto } from '@/lib/og/cardPhoto'
import type { Department, Doctor, Hospital, Story, Therapy } from '@/payload-types'

/** What a card shows: section, title, summary, and the file of the page's picture if it has one. */
export type CardContent = { kicker?: string; title: string; subtitle?: string; photo?: string }

const SECTIONS = ['hospitals', 'doctors', 'therapies', 'stories', 'search', 'contact', 'privacy'] as const
type Section = (typeof SECTIONS)[number]
const isSection = (value: string): value is Section => (SECTIONS as readonly string[]).includes(value)

/** The visitor's language, else English: the same choice the page itself makes. */
const either = (own: Description, en: Description) => ({ title: own.title || en.title, subtitle: own.description || en.description || undefined })

/**
 * What the link-preview card of the page at /{locale}/{segments} shows: its section, title, summary
 * and picture, from the messages and the cached, published content (no database query once cached).
 * Undefined for a path that is no page.
 */
export const describeCard = async (locale: Locale, segments: string[]): Promise<CardContent | undefined> => {
  const t = await getTranslations({ locale })
  const [section, slug, sub, child, ...rest] = segments
  if (!section) return { title: t('home.title'), subtitle: t('common.tagline') }
  if (!isSection(section) || rest.length > 0) return undefined
  if (!slug) return { title: t(`${section}.title`), subtitle: t(`${section}.metaDescription`) }

  if (section === 'hospitals' && sub === 'departments' && child) {
    const found = await getBySlug<Department>('departments', child, locale)
    const hospital = found && typeof found.doc.hospital === 'object' ? found.doc.hospital : undefined
    if (!found || hospital?.slug !== slug) return undefined
    const text = either({ title: found.doc.name, description: found.doc.summary }, { title: found.en.name, description: found.en.summary })
    return { kicker: hospital.name ?? hospital.slug, title: text.title ?? child, subtitle: text.subtitle, photo: await cardPhoto(found.doc.heroImage) }
  }
  if (sub) return undefined
  if (section === 'hospitals') return detail(t('common.nav.hospitals'), slug, await getBySlug<Hospital>(section, slug, locale), describe.hospitals)
  if (section === 'doctors') return detail(t('doctors.title'), slug, await getBySlug<Doctor>(section, slug, locale), describe.doctors)
  if (section === 'therapies') return detail(t('common.nav.therapies'), slug, await getBySlug<Therapy>(section, slug, locale), describe.therapies)
  if (section === 'stories') return detail(t('common.nav.stories'), slug, await getBySlug<Story>(section, slug, locale), describe.stories)
  return undefined
}

const detail = async <T,>(kicker: string, slug: string, found: { doc: T; en: T } | undefined, describeDoc: (doc: T) => Description) => {
  if (!found) return undefined
  const own = describeDoc(found.doc)
  const text = either(own, describeDoc(found.en))
  return { kicker, title: text.title ?? slug, subtitle: text.subtitle, photo: await cardPhoto(own.image) }
}
