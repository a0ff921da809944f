import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { locales } from '@/i18n/locales'
import { listDepartments } from '@/lib/content/readers'
import { publishedSlugs } from '@/lib/content/staticParams'
import { describeCard } from '@/lib/og/describeCard'
import { OG_TYPE } from '@/lib/og/imagePath'
import { renderCard } from '@/lib/og/renderCard'
import { serverURL } from '@/lib/serverUrls'

type Context = { params: Promise<{ locale: string; path?: string[] }> }

// Drawn once (at build, or on the first request for content published later), then served from
// Next's cache. Publishing expires it with the pages: revalidatePublicPages expires every path
// under /[locale], this route included, and the content tags its readers used.
export const dynamic = 'force-static'

const SECTIONS = [[], ['hospitals'], ['therapies'], ['stories'], ['search'], ['contact'], ['privacy']]

/** Every public page in every locale: the same set the pages' own generateStaticParams build. */
export const generateStaticParams = async () => {
  const details = (
    await Promise.all((['hospitals', 'therapies', 'stories'] as const).map(async (type) => (await publishedSlugs(type)).map(({ slug }) => [type, slug])))
  ).flat()
  const departments = (await listDepartments('en')).flatMap(({ doc }) =>
    typeof doc.hospital === 'object' ? [['hospitals', doc.hospital.slug, 'departments', doc.slug]] : [],
  )
  return locales.flatMap((locale) => [...SECTIONS, ...details, ...departments].map((path) => ({ locale, path })))
}

export const GET = async (_request: Request, { params }: Context) => {
  const { locale, path = [] } = await params
  if (!hasLocale(locales, locale)) return new Response('Not found', { status: 404 })
  const text = await describeCard(locale, path)
  if (!text) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'common' })
  const image = await renderCard({ ...text, locale, brand: t('brand'), host: new URL(serverURL).host })
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': OG_TYPE } })
}
