import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Citation } from '@/components/Citation'
import { DoctorList } from '@/components/doctors/DoctorList'
import { InquiryCta } from '@/components/InquiryCta'
import { Localized } from '@/components/Localized'
import { RichText } from '@/components/RichText'
import { TextList } from '@/components/TextList'
import { Link } from '@/i18n/Link'
import { isLocale, type Locale } from '@/i18n/locales'
import { getBySlug, listDepartments, listDoctors } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'
import { pageMetadata } from '@/lib/pageMetadata'
import type { Department, Hospital } from '@/payload-types'

type Props = { params: Promise<{ locale: Locale; slug: string; department: string }> }

const GRADES = ['professors', 'associateProfessors', 'attendingDoctors', 'residents', 'nurses'] as const

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)

const load = cache(async (slug: string, department: string, locale: Locale) => {
  const found = await getBySlug<Department>('departments', department, locale, (await draftMode()).isEnabled)
  const hospital = found && typeof found.doc.hospital === 'object' ? found.doc.hospital : undefined
  // The department must belong to the hospital in the URL; anything else is a 404.
  return found && hospital?.slug === slug ? { ...found, hospital } : undefined
})

export const generateStaticParams = async ({ params }: { params: { locale: string; slug: string } }) =>
  (await listDepartments(isLocale(params.locale) ? params.locale : 'en'))
    .filter(({ doc }) => typeof doc.hospital === 'object' && doc.hospital.slug === params.slug)
    .map(({ doc }) => ({ department: doc.slug }))

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug, department } = await params
  const found = await load(slug, department, locale)
  if (!found) return {}
  return pageMetadata({
    locale,
    path: `/hospitals/${slug}/departments/${department}`,
    title: found.doc.name || found.en.name,
    description: found.doc.summary || found.en.summary,
  })
}

export default async function DepartmentPage({ params }: Props) {
  const { locale, slug, department } = await params
  setRequestLocale(locale)
  const found = await load(slug, department, locale)
  if (!found) notFound()
  const { doc, en } = found
  const hospital: Hospital = found.hospital
  const t = await getTranslations('departments')
  const th = await getTranslations('hospitals')
  const e = await getTranslations('evidence')
  const format = await getFormatter()
  const name = shown(doc.name, en.name, locale)!
  const hospitalName = hospital.name ?? hospital.slug
  const staff = GRADES.filter((grade) => doc.staff?.[grade])
  const td = await getTranslations('doctors')
  const doctors = (await listDoctors(locale)).filter((d) => idOf(d.doc.department) === doc.id)

  return (
    <article className="wrap">
      <Breadcrumbs
        trail={[
          { href: '/hospitals', label: th('title') },
          { href: `/hospitals/${hospital.slug}`, label: hospitalName },
          { label: name.value },
        ]}
      />
      <Localized shown={name} as="h1" />
      <p className="muted">
        <Link href={`/hospitals/${hospital.slug}`}>{t('partOf', { hospital: hospitalName })}</Link>
      </p>
      <Localized shown={shown(doc.summary, en.summary, locale)} className="lead" />

      <dl className="facts">
        {doc.wards ? (
          <div>
            <dt>{t('wards')}</dt>
            <dd>{doc.wards}</dd>
          </div>
        ) : null}
        {doc.beds ? (
          <div>
            <dt>{t('beds')}</dt>
            <dd>{doc.beds}</dd>
          </div>
        ) : null}
        {doc.newPatientsPerYear ? (
          <div>
            <dt>{t('newPatients')}</dt>
            <dd>{e('factValue', { qualifier: doc.newPatientsQualifier ?? 'exact', value: format.number(doc.newPatientsPerYear) })}</dd>
          </div>
        ) : null}
      </dl>
      {doc.wards || doc.beds || doc.newPatientsPerYear || staff.length ? (
        <Citation source={doc.factsSource} english={en.factsSource} locale={locale} label={e('factsSource')} />
      ) : null}

      {staff.length ? (
        <>
          <h2>{t('staff')}</h2>
          <ul className="prose">
            {staff.map((grade) => (
              <li key={grade}>{t(`grades.${grade}`, { count: doc.staff![grade]! })}</li>
            ))}
          </ul>
        </>
      ) : null}

      <DoctorList doctors={doctors} locale={locale} heading={td('onDepartment')} />

      {doc.specialties?.length ? (
        <>
          <h2>{t('specialties')}</h2>
          <TextList rows={doc.specialties} english={en.specialties} locale={locale} />
        </>
      ) : null}

      {doc.diseasesTreated?.length ? (
        <>
          <h2>{t('diseases')}</h2>
          <TextList rows={doc.diseasesTreated} english={en.diseasesTreated} locale={locale} />
        </>
      ) : null}

      {doc.research || en.research ? (
        <>
          <h2>{t('research')}</h2>
          <Localized shown={shown(doc.research, en.research, locale)} as="div">
            {(value) => <RichText data={value} />}
          </Localized>
        </>
      ) : null}

      {doc.laboratory || en.laboratory ? (
        <>
          <h2>{t('laboratory')}</h2>
          <Localized shown={shown(doc.laboratory, en.laboratory, locale)} as="div">
            {(value) => <RichText data={value} />}
          </Localized>
        </>
      ) : null}

      <InquiryCta title={th('askAbout', { name: hospitalName })} locale={locale} sourcePage={`/${locale}/hospitals/${slug}/departments/${department}`} preset={{ hospital: hospital.id }} />
    </article>
  )
}
