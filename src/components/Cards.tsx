import { getTranslations } from 'next-intl/server'

import { MediaImage } from '@/components/MediaImage'
import { StoryKindTag } from '@/components/StoryKindTag'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import type { Bilingual } from '@/lib/content/bilingual'
import { shown } from '@/lib/content/shown'
import { teaser } from '@/lib/text/teaser'
import type { Hospital, Story, Therapy } from '@/payload-types'

const CARD_SIZES = '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw'

/** A summary as a card shows it: its teaser (src/lib/text/teaser.ts) in the language it is in. */
const summaryOf = (value: ReturnType<typeof shown<string>>, locale: Locale) =>
  value ? { ...value, value: teaser(value.value, value.fallback ? 'en' : locale) } : value

/** Title and summary in the visitor's language, or English marked as such. */
const Text = ({ value, tag: Tag }: { value: ReturnType<typeof shown<string>>; tag: 'h3' | 'p' }) =>
  value ? (
    <Tag lang={value.fallback ? 'en' : undefined} dir={value.fallback ? 'ltr' : undefined}>
      {value.value}
    </Tag>
  ) : null

export const HospitalCard = async ({ item: { doc, en }, locale }: { item: Bilingual<Hospital>; locale: Locale }) => {
  const t = await getTranslations('hospitals')
  const name = shown(doc.name, en.name, locale)
  return (
    <article className="card">
      <div className="media">
        <MediaImage media={doc.heroImage} size="card" sizes={CARD_SIZES} alt="" />
      </div>
      <div className="body">
        <span className="tag">{t(`kind.${doc.kind}`)}</span>
        <h3 lang={name?.fallback ? 'en' : undefined}>
          <Link href={`/hospitals/${doc.slug}`}>{name?.value}</Link>
        </h3>
        <p>{shown(doc.city, en.city, locale)?.value}</p>
        <Text value={summaryOf(shown(doc.summary, en.summary, locale), locale)} tag="p" />
      </div>
    </article>
  )
}

/** `priority`: the first card above the fold is the page's largest image on phones; load it first. */
export const TherapyCard = async ({ item: { doc, en }, locale, priority = false }: { item: Bilingual<Therapy>; locale: Locale; priority?: boolean }) => {
  const t = await getTranslations('therapies')
  const name = shown(doc.name, en.name, locale)
  return (
    <article className="card">
      <div className="media">
        <MediaImage media={doc.heroImage} size="card" sizes={CARD_SIZES} alt="" priority={priority} />
      </div>
      <div className="body">
        <span className="tag">{t(`category.${doc.category}`)}</span>
        <h3 lang={name?.fallback ? 'en' : undefined}>
          <Link href={`/therapies/${doc.slug}`}>{name?.value}</Link>
        </h3>
        <Text value={summaryOf(shown(doc.summary, en.summary, locale), locale)} tag="p" />
      </div>
    </article>
  )
}

export const StoryCard = async ({ item: { doc, en }, locale }: { item: Bilingual<Story>; locale: Locale }) => {
  const t = await getTranslations('stories')
  const title = shown(doc.title, en.title, locale)
  const therapy = typeof doc.therapy === 'object' ? doc.therapy : undefined
  return (
    <article className="card">
      <div className="media">
        <MediaImage media={doc.images?.[0]} size="card" sizes={CARD_SIZES} alt="" />
      </div>
      <div className="body">
        <StoryKindTag kind={doc.kind} />
        <h3 lang={title?.fallback ? 'en' : undefined}>
          <Link href={`/stories/${doc.slug}`}>{title?.value}</Link>
        </h3>
        <p>
          {shown(doc.patientAlias, en.patientAlias, locale)?.value} · {t(`age.${doc.ageGroup}`)}
          {therapy?.name ? ` · ${therapy.name}` : ''}
        </p>
      </div>
    </article>
  )
}
