import type { CollectionSlug } from 'payload'

import { isLocale } from '@/i18n/locales'

type Doc = { slug?: string | null; hospital?: unknown }

/** The public path of a document, for the admin's Preview and Live Preview buttons. */
export const publicPath = (collection: CollectionSlug, doc: Doc, locale = 'en'): string | null => {
  if (!doc.slug) return null
  switch (collection) {
    case 'hospitals':
    case 'therapies':
    case 'stories':
    case 'doctors':
      return `/${locale}/${collection}/${doc.slug}`
    case 'departments': {
      const hospital = doc.hospital && typeof doc.hospital === 'object' ? (doc.hospital as Doc).slug : null
      return hospital ? `/${locale}/hospitals/${hospital}/departments/${doc.slug}` : null
    }
    default:
      return null
  }
}

export const previewUrl = (collection: CollectionSlug, doc: Doc, locale?: string): string | null => {
  const path = publicPath(collection, doc, locale)
  return path ? `/next/preview?path=${encodeURIComponent(path)}` : null
}

// CR/LF or NUL in a path would go into a Location header; backslashes are read as slashes by
// browsers (`/\evil.example` leaves the site).
const UNSAFE = /[\u0000-\u001f\u007f\\]/

/**
 * Whether a `?path=` given to the draft-mode routes names one of our pages: local, under a locale,
 * and nothing that could split a header or leave the site.
 */
export const isLocalPagePath = (path: string): boolean =>
  path.startsWith('/') && !path.startsWith('//') && !UNSAFE.test(path) && isLocale(path.split('/')[1])
