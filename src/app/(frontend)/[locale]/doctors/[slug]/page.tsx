import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Citation } from '@/components/Citation'
import { DoctorProfile } from '@/components/doctors/DoctorProfile'
import { InquiryCta } from '@/components/InquiryCta'
import { Localized } from '@/components/Localized'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { describe } from '@/lib/content/describe'
import { detailPage } from '@/lib/content/detailPage'
import { shown } from '@/lib/content/shown'
import type { Department, Doctor, Hospital } from '@/payload-types'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const { load, generateMetadata, generateStaticParams } = detailPage<Doctor>('doctors', describe.doctors)

export { generateMetadata, generateStaticParams }

const populated = <T extends object>(value: number | T | null | undefined): T | undefined => (value && typeof value === 'object' ? value : undefined)

export default async function DoctorPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const found = await load(slug, locale)
  if (!found) notFound()
  const { doc, en } = found
  const t = await getTranslations('doctors')
  const name = shown(doc.name, en.name, locale)!
  const hospital = populated<Hospital>(doc.hospital)
  const department = populated<Department>(doc.department)
  const hospitalName = shown(hospital?.name, populated<Hospital>(en.hospital)?.name, locale)?.value
  const departmentName = shown(department?.name, populated<Department>(en.department)?.name, locale)?.value
  const titles = [doc.academicTitle && t(`academicTitle.${doc.academicTitle}`), doc.clinicalGrade && t(`clinicalGrade.${doc.clinicalGrade}`)].filter(Boolean)

  return (
    <article className="wrap">
      <Breadcrumbs trail={[{ href: '/doctors', label: t('title') }, { label: name.value }]} />
      <Localized shown={name} as="h1" />
      {titles.length ? <p className="lead">{titles.join(' · ')}</p> : null}
      {hospital ? (
        <p>
          {department && departmentName ? (
            <>
              <Link href={`/hospitals/${hospital.slug}/departments/${department.slug}`}>{departmentName}</Link>
              {' · '}
            </>
          ) : null}
          <Link href={`/hospitals/${hospital.slug}`}>{hospitalName}</Link>
        </p>
      ) : null}
      {doc.seesPatients ? null : (
        <p className="notice" role="note">
          {t('seesPatientsUnknown')}
        </p>
      )}

      {doc.facts?.length ? (
        <section aria-labelledby="doctor-facts">
          <h2 id="doctor-facts">{t('sourcedFacts')}</h2>
          <ul className="prose">
            {doc.facts.map((fact, i) => (
              <li key={fact.id ?? i}>
                <Localized shown={shown(fact.text, en.facts?.[i]?.text, locale)} />
                <Citation source={fact.source} english={en.facts?.[i]?.source} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <DoctorProfile doc={doc} en={en} locale={locale} />

      <InquiryCta
        title={t('askAbout', { name: name.value })}
        locale={locale}
        sourcePage={`/${locale}/doctors/${slug}`}
        preset={hospital ? { hospital: hospital.id } : undefined}
      />
    </article>
  )
}
