import type { Locale } from '@/i18n/locales'
import { serverURL } from '@/lib/serverUrls'

/**
 * schema.org descriptions of our pages for search engines (JSON-LD, src/lib/seo/JsonLd.tsx), in
 * the page's language: the same names and summaries the visitor reads. Nothing here states more
 * than the page does.
 */
export type Thing = { '@type': string; [key: string]: unknown }

const absolute = (locale: Locale, path: string) => `${serverURL}/${locale}${path}`
const clean = (thing: Thing): Thing => Object.fromEntries(Object.entries(thing).filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && !value.length))) as Thing

export const organizationId = () => `${serverURL}/#organization`

/** The portal itself, on every page. */
export const organization = (locale: Locale, { name, description }: { name: string; description: string }): Thing =>
  clean({ '@type': 'Organization', '@id': organizationId(), name, description, url: absolute(locale, ''), logo: `${serverURL}/icon.svg` })

/** "Where the page sits": home first, the page itself last (without a link, as on the page). */
export const breadcrumbList = (locale: Locale, trail: { href?: string; label: string }[]): Thing => ({
  '@type': 'BreadcrumbList',
  itemListElement: trail.map((crumb, i) => clean({ '@type': 'ListItem', position: i + 1, name: crumb.label, item: crumb.href != null ? absolute(locale, crumb.href) : undefined })),
})

// schema.org's MedicalSpecialty values a hospital corresponds to, recognised in the English name
// and summary of the hospital and its departments (the one language every record has).
const SPECIALTIES: [RegExp, string][] = [
  [/ha?emato|leuka?emia|lymphoma|myeloma|blood/i, 'Hematologic'],
  [/oncolog|cancer|tumou?r/i, 'Oncologic'],
  [/pa?ediatric|child/i, 'Pediatric'],
]
export const medicalSpecialties = (englishTexts: string[]): string[] =>
  SPECIALTIES.filter(([pattern]) => englishTexts.some((text) => pattern.test(text))).map(([, specialty]) => `https://schema.org/${specialty}`)

type Service = { name: string; slug: string; category?: string | null }
// A transplant or an operation is a procedure; cell, drug and radiation therapy are therapies.
const therapyType = (category?: string | null) => (category === 'transplant' || category === 'surgery' ? 'MedicalProcedure' : 'MedicalTherapy')

export const medicalTreatment = (locale: Locale, { name, slug, category, description }: Service & { description?: string | null }): Thing =>
  clean({ '@type': therapyType(category), name, description, url: absolute(locale, `/therapies/${slug}`) })

export const hospital = (
  locale: Locale,
  h: { name: string; slug: string; description?: string | null; city?: string | null; province?: string | null; specialties: string[]; services: Service[] },
): Thing =>
  clean({
    '@type': 'Hospital',
    name: h.name,
    description: h.description,
    url: absolute(locale, `/hospitals/${h.slug}`),
    address: clean({ '@type': 'PostalAddress', addressLocality: h.city, addressRegion: h.province, addressCountry: 'CN' }),
    medicalSpecialty: h.specialties,
    availableService: h.services.map((service) => medicalTreatment(locale, service)),
  })

/** The page around what it is about: language, address, breadcrumb and publisher. */
export const medicalWebPage = (locale: Locale, { path, name, description, about }: { path: string; name: string; description?: string | null; about?: Thing }): Thing =>
  clean({ '@type': 'MedicalWebPage', name, description, url: absolute(locale, path), inLanguage: locale, about, publisher: { '@id': organizationId() } })
