import { getTranslations } from 'next-intl/server'

import { Citation } from '@/components/Citation'
import { TextList } from '@/components/TextList'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { shown } from '@/lib/content/shown'
import type { Condition, Doctor, Therapy } from '@/payload-types'

type Named = { id: number | string; name?: string | null; slug?: string | null }

const namesOf = <T extends Named>(own: (number | T)[] | null | undefined, english: (number | T)[] | null | undefined, locale: Locale) => {
  const en = new Map((english ?? []).filter((item): item is T => typeof item === 'object').map((item) => [item.id, item.name]))
  return (own ?? []).filter((item): item is T => typeof item === 'object').map((item) => ({ item, name: shown(item.name, en.get(item.id), locale) }))
}

/**
 * The structured part of a doctor's profile (specialties, what they treat, languages, education,
 * memberships), shown only where filled in, with the one source those facts come from.
 */
export const DoctorProfile = async ({ doc, en, locale }: { doc: Doctor; en: Doctor; locale: Locale }) => {
  const t = await getTranslations('doctors')
  const conditions = namesOf<Condition>(doc.conditions, en.conditions, locale)
  const therapies = namesOf<Therapy>(doc.therapies, en.therapies, locale)
  const languageName = new Intl.DisplayNames([locale], { type: 'language' })
  const lists = [
    { key: 'specialties', rows: doc.specialties, english: en.specialties },
    { key: 'education', rows: doc.education, english: en.education },
    { key: 'memberships', rows: doc.memberships, english: en.memberships },
  ] as const
  const any = conditions.length || therapies.length || doc.languages?.length || lists.some(({ rows }) => rows?.length)
  if (!any) return null
  return (
    <section aria-labelledby="doctor-profile">
      <h2 id="doctor-profile">{t('profile')}</h2>
      {lists.map(({ key, rows, english }) =>
        rows?.length ? (
          <div key={key}>
            <h3>{t(key)}</h3>
            <TextList rows={rows} english={english} locale={locale} />
          </div>
        ) : null,
      )}
      {conditions.length ? (
        <p>
          <strong>{t('conditions')}:</strong> {conditions.map(({ name }) => name?.value).join(', ')}
        </p>
      ) : null}
      {therapies.length ? (
        <p>
          <strong>{t('therapies')}:</strong>{' '}
          {therapies.map(({ item, name }, i) => (
            <span key={item.id}>
              {i ? ', ' : null}
              <Link href={`/therapies/${item.slug}`}>{name?.value ?? item.slug}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {doc.languages?.length ? (
        <p>
          <strong>{t('languages')}:</strong> {doc.languages.map((code) => languageName.of(code)).join(', ')}
        </p>
      ) : null}
      <Citation source={doc.factsSource} english={en.factsSource} locale={locale} label={t('profileSource')} />
    </section>
  )
}
