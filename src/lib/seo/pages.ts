import type { Locale } from '@/i18n/locales'
import type { Bilingual } from '@/lib/content/bilingual'
import { shown } from '@/lib/content/shown'
import { hospital, medicalSpecialties, medicalTreatment, medicalWebPage, type Thing } from '@/lib/seo/structuredData'
import type { Department, Hospital, Story, Therapy } from '@/payload-types'

// Each page's JSON-LD from the documents the page shows, in the page's language (English where a
// text is not translated yet, as on the page). A hospital's or therapy's summary describes the
// thing the page is about, so it is said there once, not again on the page (it travels twice).
const text = <V>(pair: { own?: V | null; en?: V | null }, locale: Locale) => shown(pair.own, pair.en, locale)?.value ?? undefined

const treatment = (locale: Locale, { doc, en }: Bilingual<Therapy>) =>
  medicalTreatment(locale, { name: text({ own: doc.name, en: en.name }, locale) ?? doc.slug, slug: doc.slug, category: doc.category })

export const hospitalPage = (locale: Locale, { doc, en }: Bilingual<Hospital>, departments: Bilingual<Department>[], therapies: Bilingual<Therapy>[]): Thing => {
  const name = text({ own: doc.name, en: en.name }, locale) ?? doc.slug
  const summary = text({ own: doc.summary, en: en.summary }, locale)
  const englishSpecialties = [en.name, en.summary, ...departments.flatMap(({ en: d }) => [d.name, d.summary, ...(d.specialties ?? []).map((s) => s.text)])]
  const about = hospital(locale, {
    name,
    slug: doc.slug,
    description: summary,
    city: text({ own: doc.city, en: en.city }, locale),
    province: text({ own: doc.province, en: en.province }, locale),
    specialties: medicalSpecialties(englishSpecialties),
    services: therapies.map(({ doc: th, en: thEn }) => ({ name: text({ own: th.name, en: thEn.name }, locale) ?? th.slug, slug: th.slug, category: th.category })),
  })
  return medicalWebPage(locale, { path: `/hospitals/${doc.slug}`, name, about })
}

export const therapyPage = (locale: Locale, therapy: Bilingual<Therapy>): Thing => {
  const { doc, en } = therapy
  const summary = text({ own: doc.summary, en: en.summary }, locale)
  const name = text({ own: doc.name, en: en.name }, locale) ?? doc.slug
  const about = { ...treatment(locale, therapy), description: summary }
  return medicalWebPage(locale, { path: `/therapies/${doc.slug}`, name, about })
}

export const storyPage = (locale: Locale, { doc, en }: Bilingual<Story>): Thing => {
  const therapy = typeof doc.therapy === 'object' && doc.therapy ? doc.therapy : undefined
  const therapyEn = typeof en.therapy === 'object' && en.therapy ? en.therapy : therapy
  return medicalWebPage(locale, {
    path: `/stories/${doc.slug}`,
    name: text({ own: doc.title, en: en.title }, locale) ?? doc.slug,
    description: text({ own: doc.outcome?.summary, en: en.outcome?.summary }, locale),
    about: therapy && therapyEn ? treatment(locale, { doc: therapy, en: therapyEn }) : undefined,
  })
}
