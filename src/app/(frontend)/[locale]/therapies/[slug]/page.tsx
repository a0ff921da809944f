import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CardSection } from '@/components/CardSection'
import { Costs } from '@/components/Costs'
import { HospitalCard, StoryCard } from '@/components/Cards'
import { Duration } from '@/components/Duration'
import { InquiryCta } from '@/components/InquiryCta'
import { MedicalDisclaimer } from '@/components/MedicalDisclaimer'
import { Localized } from '@/components/Localized'
import { MediaImage } from '@/components/MediaImage'
import { Outcomes } from '@/components/Outcomes'
import { RichText } from '@/components/RichText'
import { TextList } from '@/components/TextList'
import { TherapyStatus } from '@/components/TherapyStatus'
import { SharePanel } from '@/components/SharePanel'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { describe } from '@/lib/content/describe'
import { detailPage } from '@/lib/content/detailPage'
import { listHospitals, listStories } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'
import { JsonLd } from '@/lib/seo/JsonLd'
import { therapyPage } from '@/lib/seo/pages'
import type { Condition, Therapy } from '@/payload-types'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const { load, generateMetadata, generateStaticParams } = detailPage<Therapy>('therapies', describe.therapies)

export { generateMetadata, generateStaticParams }

export default async function TherapyPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const therapy = await load(slug, locale)
  if (!therapy) notFound()
  const { doc, en } = therapy
  const t = await getTranslations('therapies')
  const e = await getTranslations('evidence')
  const statusRows = (doc.offeredAt ?? []).map((row, i) => ({ row, en: en.offeredAt?.[i] }))
  const name = shown(doc.name, en.name, locale)!
  const hospitalIds = new Set((doc.hospitals ?? []).map((h) => (typeof h === 'object' ? h.id : h)))
  const [hospitals, stories] = await Promise.all([listHospitals(locale), listStories(locale)])
  const offering = hospitals.filter((h) => hospitalIds.has(h.doc.id))
  const related = stories.filter((s) => (typeof s.doc.therapy === 'object' ? s.doc.therapy.id : s.doc.therapy) === doc.id)
  const conditions = (doc.conditions ?? []).filter((c): c is Condition => typeof c === 'object')

  return (
    <article className="wrap">
      <Breadcrumbs trail={[{ href: '/therapies', label: t('title') }, { label: name.value }]} />
      <JsonLd data={therapyPage(locale, therapy)} />
      <span className="tag">{t(`category.${doc.category}`)}</span>
      <Localized shown={name} as="h1" />
      <Localized shown={shown(doc.summary, en.summary, locale)} className="lead" />
      <div className="hero-image">
        <MediaImage media={doc.heroImage} size="hero" sizes="(min-width: 72rem) 72rem, 100vw" priority />
      </div>

      <TherapyStatus items={statusRows} locale={locale} heading={e('statusHeadingTherapy')} show="hospital" />

      <h2>{t('howItWorks')}</h2>
      <Localized shown={shown(doc.howItWorks, en.howItWorks, locale)} as="div">
        {(value) => <RichText data={value} />}
      </Localized>

      {conditions.length ? (
        <>
          <h2>{t('conditions')}</h2>
          <ul>
            {conditions.map((condition) => (
              <li key={condition.id}>
                <Link href={{ pathname: '/therapies', query: { condition: condition.slug } }}>{condition.name ?? condition.slug}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {doc.eligibility?.length ? (
        <>
          <h2>{t('eligibility')}</h2>
          <TextList rows={doc.eligibility} english={en.eligibility} locale={locale} />
        </>
      ) : null}

      {doc.journey?.length ? (
        <>
          <h2>{t('journey')}</h2>
          <ol className="steps">
            {doc.journey.map((step, i) => {
              const title = shown(step.title, en.journey?.[i]?.title, locale)
              const text = shown(step.description, en.journey?.[i]?.description, locale)
              return (
                <li key={step.id ?? i}>
                  <strong lang={title?.fallback ? 'en' : undefined}>{title?.value}</strong>{' '}
                  <span className="when">
                    <Duration range={step} />
                  </span>
                  {text ? (
                    <p className="muted" lang={text.fallback ? 'en' : undefined}>
                      {text.value}
                    </p>
                  ) : null}
                </li>
              )
            })}
          </ol>
          {doc.totalDuration?.min != null || doc.totalDuration?.max != null ? (
            <p>
              <strong>{t('totalDuration')}:</strong> <Duration range={doc.totalDuration} />
            </p>
          ) : null}
        </>
      ) : null}

      {doc.variants?.length ? (
        <>
          <h2>{t('variants')}</h2>
          <dl className="prose">
            {doc.variants.map((variant, i) => {
              const vName = shown(variant.name, en.variants?.[i]?.name, locale)
              const vText = shown(variant.description, en.variants?.[i]?.description, locale)
              return (
                <div key={variant.id ?? i}>
                  <dt lang={vName?.fallback ? 'en' : undefined}>
                    <strong>{vName?.value}</strong>
                  </dt>
                  <dd lang={vText?.fallback ? 'en' : undefined}>{vText?.value}</dd>
                </div>
              )
            })}
          </dl>
        </>
      ) : null}

      {doc.outcomes?.length ? (
        <>
          <h2>{t('outcomes')}</h2>
          <Outcomes rows={doc.outcomes} english={en.outcomes} locale={locale} />
        </>
      ) : null}

      {doc.risks?.length ? (
        <>
          <h2>{t('risks')}</h2>
          <ul className="prose">
            {doc.risks.map((risk, i) => {
              const title = shown(risk.title, en.risks?.[i]?.title, locale)
              const text = shown(risk.description, en.risks?.[i]?.description, locale)
              return (
                <li key={risk.id ?? i}>
                  <strong lang={title?.fallback ? 'en' : undefined}>{title?.value}</strong>
                  {text ? <span lang={text.fallback ? 'en' : undefined}>: {text.value}</span> : null}
                </li>
              )
            })}
          </ul>
        </>
      ) : null}

      {doc.faq?.length ? (
        <>
          <h2>{t('faq')}</h2>
          {doc.faq.map((item, i) => {
            const q = shown(item.question, en.faq?.[i]?.question, locale)
            const a = shown(item.answer, en.faq?.[i]?.answer, locale)
            return (
              <details key={item.id ?? i} className="faq" lang={q?.fallback ? 'en' : undefined}>
                <summary>{q?.value}</summary>
                <p>{a?.value}</p>
              </details>
            )
          })}
        </>
      ) : null}

      <Costs cost={doc.cost} english={en.cost} locale={locale} />

      <CardSection id="therapy-hospitals" title={t('hospitals')} items={offering} card={(item) => <HospitalCard item={item} locale={locale} />} />

      <CardSection id="therapy-stories" title={t('stories')} items={related} card={(item) => <StoryCard item={item} locale={locale} />} />

      <SharePanel locale={locale} path={`/therapies/${slug}`} title={name.value} />

      <MedicalDisclaimer locale={locale} />
      <InquiryCta title={t('askAbout', { name: name.value })} locale={locale} sourcePage={`/${locale}/therapies/${slug}`} preset={{ therapy: doc.id }} />
    </article>
  )
}
