import type { MetadataRoute } from 'next'

import { defaultLocale, locales } from '@/i18n/locales'
import { listDepartments, listDoctors, listHospitals, listStories, listTherapies } from '@/lib/content/readers'
import { serverURL } from '@/lib/serverUrls'

type Page = { path: string; lastModified?: string }

// Pages that exist once per locale with no document behind them. Search results and the
// confirmation page are left out: they are noindex.
const FIXED_PAGES = ['', '/hospitals', '/doctors', '/therapies', '/stories', '/contact', '/privacy', '/travel']

/** One entry per page and locale, each naming the page in every other locale (and x-default). */
const localized = ({ path, lastModified }: Page): MetadataRoute.Sitemap => {
  const languages = {
    ...Object.fromEntries(locales.map((locale) => [locale, `${serverURL}/${locale}${path}`])),
    'x-default': `${serverURL}/${defaultLocale}${path}`,
  }
  return locales.map((locale) => ({ url: `${serverURL}/${locale}${path}`, lastModified, alternates: { languages } }))
}

/**
 * Every published page of the portal. Slugs are shared by all locales and a page exists in every
 * locale (untranslated text falls back to English), so the English reading of each collection
 * names them all. The readers are cached and tagged, so publishing refreshes this list too.
 */
export const sitemapEntries = async (): Promise<MetadataRoute.Sitemap> => {
  const [hospitals, departments, doctors, therapies, stories] = await Promise.all([
    listHospitals(defaultLocale),
    listDepartments(defaultLocale),
    listDoctors(defaultLocale),
    listTherapies(defaultLocale),
    listStories(defaultLocale),
  ])
  const pages: Page[] = [
    ...FIXED_PAGES.map((path) => ({ path })),
    ...hospitals.map(({ doc }) => ({ path: `/hospitals/${doc.slug}`, lastModified: doc.updatedAt })),
    ...departments.flatMap(({ doc }) =>
      typeof doc.hospital === 'object' && doc.hospital
        ? [{ path: `/hospitals/${doc.hospital.slug}/departments/${doc.slug}`, lastModified: doc.updatedAt }]
        : [],
    ),
    ...doctors.map(({ doc }) => ({ path: `/doctors/${doc.slug}`, lastModified: doc.updatedAt })),
    ...therapies.map(({ doc }) => ({ path: `/therapies/${doc.slug}`, lastModified: doc.updatedAt })),
    ...stories.map(({ doc }) => ({ path: `/stories/${doc.slug}`, lastModified: doc.updatedAt })),
  ]
  return pages.flatMap(localized)
}
