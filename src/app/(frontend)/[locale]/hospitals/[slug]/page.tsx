import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CardSection } from '@/components/CardSection'
import { Citation } from '@/components/Citation'
import { Costs } from '@/components/Costs'
import { DoctorList } from '@/components/doctors/DoctorList'
import { StoryCard, TherapyCard } from '@/components/Cards'
import { HospitalTravel } from '@/components/travel/HospitalTravel'
import { InquiryCta } from '@/components/InquiryCta'
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
import { listDepartments, listDoctors, listStories, listTherapies } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'
import { JsonLd } from '@/lib/seo/JsonLd'
import { hospitalPage } from '@/lib/seo/pages'
import type { Hospital } from '@/payload-types'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const { load, generateMetadata, generateStaticParams } = detailPage<Hospital>('hospitals', describe.hospitals)

export { generateMetadata, generateStaticParams }
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

export default async function HospitalPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const hospital = await load(slug, locale)
  if (!hospital) notFound()
  const { doc, en } = hospital
  const t = await getTranslations('hospitals')
  const format = await getFormatter()
  const name = shown(doc.name, en.name, locale)!
  const [departments, therapies, stories, doctors] = await Promise.all([listDepartments(locale), listTherapies(locale), listStories(locale), listDoctors(locale)])
  const ownDepartments = departments.filter((d) => idOf(d.doc.hospital) === doc.id)
  const offered = therapies.filter((th) => (th.doc.offeredAt ?? []).some((row) => idOf(row.hospital) === doc.id))
  // One status row per therapy offered here, each with the source that links the two.
  const statusRows = offered.flatMap(({ doc: th, en: thEn }) =>
    (th.offeredAt ?? []).flatMap((row, i) =>
      idOf(row.hospital) === doc.id ? [{ row, en: thEn.offeredAt?.[i], therapy: { name: shown(th.name, thEn.name, locale)?.value ?? th.slug, slug: th.slug } }] : [],
    ),
  )
  const e = await getTranslations('evidence')
  const doctorsHere = doctors.filter((d) => idOf(d.doc.hospital) === doc.id)
  const treatedHere = stories.filter((s) => idOf(s.doc.hospital) === doc.id)
  const services = doc.internationalServices
  const languageName = new Intl.DisplayNames([locale], { type: 'language' })
  const serviceFlags = (['interpreters', 'visaInvitationLetter', 'airportPickup'] as const).filter((flag) => services?.[flag])
  const patients = doc.patientsPerYear

  return (
    <article className="wrap">
      <Breadcrumbs trail={[{ href: '/hospitals', label: t('title') }, { label: name.value }]} />
      <JsonLd data={hospitalPage(locale, hospital, ownDepartments, offered)} />
      <span className="tag">{t(`kind.${doc.kind}`)}</span>
      <Localized shown={name} as="h1" />
      <p className="muted">{[shown(doc.city, en.city, locale)?.value, shown(doc.province, en.province, locale)?.value].filter(Boolean).join(', ')}</p>
      <Localized shown={shown(doc.summary, en.summary, locale)} className="lead" />
      <div className="hero-image">
        <MediaImage media={doc.heroImage} size="hero" sizes="(min-width: 72rem) 72rem, 100vw" priority />
      </div>

      <dl className="facts">
        {doc.foundedYear ? (
          <div>
            <dt>{t('founded')}</dt>
            <dd>{doc.foundedYear}</dd>
          </div>
        ) : null}
        {doc.beds ? (
          <div>
            <dt>{t('beds')}</dt>
            <dd>{format.number(doc.beds)}</dd>
          </div>
        ) : null}
        {doc.clinicalCentres ? (
          <div>
            <dt>{t('clinicalCentres')}</dt>
            <dd>{doc.clinicalCentres}</dd>
          </div>
        ) : null}
        {patients?.count ? (
          <div>
            <dt>{t('patientsPerYear')}</dt>
            <dd>
              {e('factValue', { qualifier: patients.qualifier ?? 'exact', value: format.number(patients.count) })}
              {patients.basis ? <small>{t(`basis.${patients.basis}`)}</small> : null}
              <small>{patients.year ? e('inYear', { year: String(patients.year) }) : e('yearNotStated')}</small>
            </dd>
          </div>
        ) : null}
      </dl>
      {doc.foundedYear || doc.beds || doc.clinicalCentres || patients?.count ? (
        <Citation source={doc.factsSource} english={en.factsSource} locale={locale} label={e('factsSource')} />
      ) : null}

      <TherapyStatus items={statusRows} locale={locale} heading={e('statusHeadingHospital')} emptyText={e('noTherapyLinked')} show="therapy" />

      <h2>{t('about')}</h2>
      <Localized shown={shown(doc.description, en.description, locale)} as="div">
        {(value) => <RichText data={value} />}
      </Localized>

      {doc.rankings?.length ? (
        <>
          <h2>{t('rankings')}</h2>
          <ul className="prose">
            {doc.rankings.map((ranking, i) => {
              const text = shown(ranking.text, en.rankings?.[i]?.text, locale)
              const by = shown(ranking.rankedBy, en.rankings?.[i]?.rankedBy, locale)
              return (
                <li key={ranking.id ?? i}>
                  <span lang={text?.fallback ? 'en' : undefined}>{text?.value}</span> ({e('rankedBy', { by: by?.value ?? '', year: String(ranking.year) })})
                  <Citation source={ranking.source} english={en.rankings?.[i]?.source} locale={locale} />
                </li>
              )
            })}
          </ul>
        </>
      ) : null}

      {doc.nationalCentres?.length ? (
        <>
          <h2>{t('nationalCentres')}</h2>
          <TextList rows={doc.nationalCentres} english={en.nationalCentres} locale={locale} />
        </>
      ) : null}

      {doc.outcomes?.length ? (
        <>
          <h2>{t('outcomes')}</h2>
          <Outcomes rows={doc.outcomes} english={en.outcomes} locale={locale} />
        </>
      ) : null}

      {ownDepartments.length ? (
        <>
          <h2>{t('departments')}</h2>
          <ul className="prose">
            {ownDepartments.map(({ doc: dep, en: depEn }) => (
              <li key={dep.id}>
                <Link href={`/hospitals/${doc.slug}/departments/${dep.slug}`}>{shown(dep.name, depEn.name, locale)?.value}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <DoctorList doctors={doctorsHere} locale={locale} heading={(await getTranslations('doctors'))('onHospital')} />

      <CardSection id="hospital-therapies" title={t('therapies')} items={offered} card={(item) => <TherapyCard item={item} locale={locale} />} />

      <section className="panel" aria-labelledby="hospital-services">
        <h2 id="hospital-services">
          {t('services')}
        </h2>
        {services?.languages?.length ? (
          <p>
            <strong>{t('languages')}:</strong> {services.languages.map((code) => languageName.of(code)).join(', ')}
          </p>
        ) : null}
        {serviceFlags.length ? (
          <ul>
            {serviceFlags.map((flag) => (
              <li key={flag}>
                {t(flag)}: {t('available')}
              </li>
            ))}
          </ul>
        ) : null}
        <Localized shown={shown(services?.notes, en.internationalServices?.notes, locale)} />
        {doc.location?.address ? (
          <p>
            <strong>{t('location')}:</strong> {shown(doc.location.address, en.location?.address, locale)?.value}
          </p>
        ) : null}
        <Link href={{ pathname: '/contact', query: { hospital: doc.slug } }}>{t('askCoordinator')}</Link>
      </section>

      <HospitalTravel doc={doc} en={en} locale={locale} />

      <Costs locale={locale} />

      <CardSection id="hospital-stories" title={t('stories')} items={treatedHere} card={(item) => <StoryCard item={item} locale={locale} />} />

      <SharePanel locale={locale} path={`/hospitals/${slug}`} title={name.value} />

      <InquiryCta title={t('askAbout', { name: name.value })} locale={locale} sourcePage={`/${locale}/hospitals/${slug}`} preset={{ hospital: doc.id }} />
    </article>
  )
}
