import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { InquiryCta } from '@/components/InquiryCta'
import { Localized } from '@/components/Localized'
import { MedicalDisclaimer } from '@/components/MedicalDisclaimer'
import { MediaImage } from '@/components/MediaImage'
import { RichText } from '@/components/RichText'
import { SharePanel } from '@/components/SharePanel'
import { StoryKindTag } from '@/components/StoryKindTag'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { describe } from '@/lib/content/describe'
import { detailPage } from '@/lib/content/detailPage'
import { shown } from '@/lib/content/shown'
import { JsonLd } from '@/lib/seo/JsonLd'
import { storyPage } from '@/lib/seo/pages'
import type { Story } from '@/payload-types'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const { load, generateMetadata, generateStaticParams } = detailPage<Story>('stories', describe.stories)

export { generateMetadata, generateStaticParams }

/** A relationship populated at depth 1, or nothing when only its ID came back (e.g. unpublished). */
const populated = <T extends object>(value: number | T | null | undefined): T | undefined =>
  value && typeof value === 'object' ? value : undefined

// Timeline and follow-up dates are month-precise calendar dates stored at UTC midnight: format them
// in UTC so a server in a western time zone does not show the previous month.
const MONTH = { year: 'numeric', month: 'long', timeZone: 'UTC' } as const
const monthAttr = (date: string) => new Date(date).toISOString().slice(0, 7)

// Rich values only take tags, not elements for a plain {date} argument: translate around a marker,
// then put the <time> where the marker is, so each language keeps its own word order.
const SLOT = '\u0000'
const around = (text: string, node: ReactNode) => {
  const [before, after = ''] = text.split(SLOT)
  return (
    <>
      {before}
      {node}
      {after}
    </>
  )
}

export default async function StoryPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const story = await load(slug, locale)
  if (!story) notFound()
  const { doc, en } = story
  const [t, tc, tt, format] = await Promise.all([getTranslations('stories'), getTranslations('common'), getTranslations('therapies'), getFormatter()])
  const title = shown(doc.title, en.title, locale)!
  const alias = shown(doc.patientAlias, en.patientAlias, locale)
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(doc.homeCountry) ?? doc.homeCountry
  const condition = populated(doc.condition)
  const therapy = populated(doc.therapy)
  const hospital = populated(doc.hospital)
  const conditionName = shown(condition?.name, populated(en.condition)?.name, locale)
  const therapyName = shown(therapy?.name, populated(en.therapy)?.name, locale)
  const hospitalName = shown(hospital?.name, populated(en.hospital)?.name, locale)
  const followUp = doc.outcome?.followUpDate

  return (
    <article className="wrap">
      <Breadcrumbs trail={[{ href: '/stories', label: t('title') }, { label: title.value }]} />
      <JsonLd data={storyPage(locale, story)} />
      <p className="notice" data-testid="story-kind">
        <StoryKindTag kind={doc.kind} /> {t(doc.kind === 'realAccount' ? 'realAccountNote' : 'illustrativeNote')}
      </p>
      <Localized shown={title} as="h1" />

      <dl className="facts">
        <div>
          <dt>{t('patient')}</dt>
          <dd>
            <span lang={alias?.fallback ? 'en' : undefined}>{alias?.value}</span>
            <small>
              {t(`age.${doc.ageGroup}`)} · {t('from', { country })}
            </small>
          </dd>
        </div>
        {conditionName ? (
          <div>
            <dt>{t('condition')}</dt>
            <dd lang={conditionName.fallback ? 'en' : undefined}>{conditionName.value}</dd>
          </div>
        ) : null}
        {therapy && therapyName ? (
          <div>
            <dt>{t('therapy')}</dt>
            <dd lang={therapyName.fallback ? 'en' : undefined}>
              <Link href={`/therapies/${therapy.slug}`}>{therapyName.value}</Link>
            </dd>
          </div>
        ) : null}
        {hospital && hospitalName ? (
          <div>
            <dt>{t('hospital')}</dt>
            <dd lang={hospitalName.fallback ? 'en' : undefined}>
              <Link href={`/hospitals/${hospital.slug}`}>{hospitalName.value}</Link>
            </dd>
          </div>
        ) : null}
      </dl>

      {doc.images?.[0] ? (
        <div className="hero-image">
          <MediaImage media={doc.images[0]} size="hero" sizes="(min-width: 72rem) 72rem, 100vw" priority />
        </div>
      ) : null}

      {/* Only a real person's own words: an illustrative example never shows a quotation. */}
      {doc.kind === 'realAccount' ? <Localized shown={shown(doc.quote, en.quote, locale)} as="blockquote" /> : null}
      <Localized shown={shown(doc.body, en.body, locale)} as="div">
        {(value) => <RichText data={value} />}
      </Localized>

      {doc.timeline?.length ? (
        <section aria-labelledby="story-timeline">
          <h2 id="story-timeline">{t('timeline')}</h2>
          <ol className="timeline">
            {doc.timeline.map((step, i) => {
              const event = shown(step.event, en.timeline?.[i]?.event, locale)
              return (
                <li key={step.id ?? i}>
                  <time dateTime={monthAttr(step.date)}>{format.dateTime(new Date(step.date), MONTH)}</time>
                  <span lang={event?.fallback ? 'en' : undefined}>{event?.value}</span>
                </li>
              )
            })}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="story-outcome">
        <h2 id="story-outcome">{t('outcome')}</h2>
        <Localized shown={shown(doc.outcome?.summary, en.outcome?.summary, locale)} className="prose" />
        {followUp ? (
          <p className="muted">
            {around(t('followUp', { date: SLOT }), <time dateTime={monthAttr(followUp)}>{format.dateTime(new Date(followUp), MONTH)}</time>)}
          </p>
        ) : null}
      </section>

      <p className="notice">{t('disclaimer')}</p>
      <MedicalDisclaimer locale={locale} />

      <SharePanel locale={locale} path={`/stories/${slug}`} title={title.value} />

      <InquiryCta
        title={therapyName && !therapyName.fallback ? tt('askAbout', { name: therapyName.value }) : tc('askCta')}
        locale={locale}
        sourcePage={`/${locale}/stories/${slug}`}
        preset={{ therapy: therapy?.id, hospital: hospital?.id }}
      />
    </article>
  )
}
