import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { cached } from '@/lib/content/client'
import { listDoctors, listHospitals, listStories, listTherapies } from '@/lib/content/readers'
import { shown, type Shown } from '@/lib/content/shown'
import { TAGS } from '@/lib/content/tags'
import type { Condition, Department, Hospital, Therapy } from '@/payload-types'

export type SearchType = 'hospitals' | 'doctors' | 'therapies' | 'stories'

/** One published document as search sees it; `text` is what a query is matched against. */
export type SearchEntry = { type: SearchType; slug: string; title?: Shown<string>; summary?: Shown<string>; text: string }

/** A relationship populated at depth 1, or nothing when only its ID came back. */
const populated = <T extends object>(value: number | T | null | undefined): T | undefined =>
  value && typeof value === 'object' ? value : undefined

/**
 * Every published hospital, therapy and story with a lower-cased haystack of the words a visitor
 * sees (their language, else English). Built once per locale from the cached lists and expired with
 * them, so a search is an in-memory filter, never a database query per request.
 */
export const searchIndex = cached('search', [TAGS.hospitals, TAGS.doctors, TAGS.departments, TAGS.therapies, TAGS.stories, TAGS.conditions], async (locale: Locale): Promise<SearchEntry[]> => {
  const [hospitals, doctors, therapies, stories, t] = await Promise.all([
    listHospitals(locale),
    listDoctors(locale),
    listTherapies(locale),
    listStories(locale),
    getTranslations({ locale, namespace: 'therapies' }),
  ])
  const value = (own: string | null | undefined, english: string | null | undefined) => shown(own, english, locale)?.value
  const haystack = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n').toLocaleLowerCase(locale)
  // Condition names come populated in both languages; pair them by ID for the English fallback.
  const conditionNames = (own: (number | Condition)[] | null | undefined, english: (number | Condition)[] | null | undefined) => {
    const en = new Map((english ?? []).map(populated).filter((c) => c !== undefined).map((c) => [c.id, c.name]))
    return (own ?? []).map(populated).filter((c) => c !== undefined).map((c) => value(c.name, en.get(c.id)))
  }
  const category = (therapy: Therapy | undefined) => (therapy?.category ? t(`category.${therapy.category}`) : undefined)

  return [
    ...hospitals.map(({ doc, en }): SearchEntry => ({
      type: 'hospitals',
      slug: doc.slug,
      title: shown(doc.name, en.name, locale),
      summary: shown(doc.summary, en.summary, locale),
      text: haystack([value(doc.name, en.name), value(doc.summary, en.summary), value(doc.city, en.city), value(doc.province, en.province)]),
    })),
    // A doctor is found by name (in the visitor's script or the source's), hospital and department.
    ...doctors.map(({ doc, en }): SearchEntry => ({
      type: 'doctors',
      slug: doc.slug,
      title: shown(doc.name, en.name, locale),
      summary: shown(doc.facts?.[0]?.text, en.facts?.[0]?.text, locale),
      text: haystack([
        value(doc.name, en.name),
        en.name,
        value(populated<Hospital>(doc.hospital)?.name, populated<Hospital>(en.hospital)?.name),
        value(populated<Department>(doc.department)?.name, populated<Department>(en.department)?.name),
      ]),
    })),
    ...therapies.map(({ doc, en }): SearchEntry => ({
      type: 'therapies',
      slug: doc.slug,
      title: shown(doc.name, en.name, locale),
      summary: shown(doc.summary, en.summary, locale),
      text: haystack([value(doc.name, en.name), value(doc.summary, en.summary), category(doc), ...conditionNames(doc.conditions, en.conditions)]),
    })),
    ...stories.map(({ doc, en }): SearchEntry => {
      const therapy = populated(doc.therapy)
      const hospital = populated<Hospital>(doc.hospital)
      return {
        type: 'stories',
        slug: doc.slug,
        title: shown(doc.title, en.title, locale),
        summary: shown(doc.outcome?.summary, en.outcome?.summary, locale),
        // The therapy's and hospital's names too, so "CAR-T" or a hospital's name finds its stories.
        text: haystack([
          value(doc.title, en.title),
          value(doc.outcome?.summary, en.outcome?.summary),
          value(doc.patientAlias, en.patientAlias),
          ...conditionNames([doc.condition], [en.condition]),
          value(therapy?.name, populated(en.therapy)?.name),
          category(therapy),
          value(hospital?.name, populated(en.hospital)?.name),
          value(hospital?.city, populated(en.hospital)?.city),
        ]),
      }
    }),
  ]
})

/** Entries containing every whitespace-separated term of the query (substring match, any script). */
export const matchEntries = (entries: SearchEntry[], query: string, locale: Locale): SearchEntry[] => {
  const terms = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean)
  return terms.length ? entries.filter((entry) => terms.every((term) => entry.text.includes(term))) : []
}
