import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Description } from '@/lib/content/describe'
import { getBySlug } from '@/lib/content/readers'
import { publishedSlugs } from '@/lib/content/staticParams'
import { pageMetadata } from '@/lib/pageMetadata'

type Params = { params: Promise<{ locale: Locale; slug: string }> }
type Describe<T> = (doc: T) => Description

/**
 * What the hospital, therapy and story pages share: one loader per request (used by the page and
 * its metadata; drafts in draft mode), static params for every published slug, and metadata in
 * the visitor's language with English as fallback.
 */
export const detailPage = <T extends { id: number | string }>(collection: 'hospitals' | 'doctors' | 'therapies' | 'stories', describe: Describe<T>) => {
  const load = cache(async (slug: string, locale: Locale) => getBySlug<T>(collection, slug, locale, (await draftMode()).isEnabled))

  const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
    const { locale, slug } = await params
    const found = await load(slug, locale)
    if (!found) return {}
    const own = describe(found.doc)
    const en = describe(found.en)
    return pageMetadata({
      locale,
      path: `/${collection}/${slug}`,
      title: own.title || en.title || slug,
      description: own.description || en.description,
      // A patient's story is an article to Open Graph; hospitals and therapies are plain pages.
      type: collection === 'stories' ? 'article' : 'website',
    })
  }

  return { load, generateMetadata, generateStaticParams: () => publishedSlugs(collection) }
}
