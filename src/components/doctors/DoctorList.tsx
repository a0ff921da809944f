import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import type { Bilingual } from '@/lib/content/bilingual'
import { shown } from '@/lib/content/shown'
import type { Department, Doctor, Hospital } from '@/payload-types'

const populated = <T extends object>(value: number | T | null | undefined): T | undefined => (value && typeof value === 'object' ? value : undefined)

/**
 * Doctors as a list of links, each with their title and where they work: on the doctors page, and
 * on their hospital's and department's pages (`heading` then names the list, or nothing is shown).
 */
export const DoctorList = async ({ doctors, locale, heading }: { doctors: Bilingual<Doctor>[]; locale: Locale; heading?: string }) => {
  if (!doctors.length) return null
  const t = await getTranslations('doctors')
  const list = (
    <ul className="prose doctors">
      {doctors.map(({ doc, en }) => {
        const name = shown(doc.name, en.name, locale)
        const hospital = populated<Hospital>(doc.hospital)
        const department = populated<Department>(doc.department)
        const hospitalName = shown(hospital?.name, populated<Hospital>(en.hospital)?.name, locale)?.value
        const departmentName = shown(department?.name, populated<Department>(en.department)?.name, locale)?.value
        return (
          <li key={doc.id}>
            <Link href={`/doctors/${doc.slug}`} lang={name?.fallback ? 'en' : undefined}>
              {name?.value ?? doc.slug}
            </Link>
            {doc.academicTitle ? <>{` · ${t(`academicTitle.${doc.academicTitle}`)}`}</> : null}
            {hospitalName ? (
              <span className="muted">
                {' · '}
                {departmentName ? t('at', { department: departmentName, hospital: hospitalName }) : hospitalName}
              </span>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
  if (!heading) return list
  return (
    <section aria-labelledby="doctors-heading">
      <h2 id="doctors-heading">{heading}</h2>
      {list}
    </section>
  )
}
