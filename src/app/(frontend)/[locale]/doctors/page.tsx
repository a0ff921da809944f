import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { DoctorList } from '@/components/doctors/DoctorList'
import type { Locale } from '@/i18n/locales'
import { listDoctors } from '@/lib/content/readers'
import { pageMetadata } from '@/lib/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'doctors' })
  return pageMetadata({ locale, path: '/doctors', title: t('metaTitle'), description: t('metaDescription') })
}

export default async function DoctorsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('doctors')
  const doctors = await listDoctors(locale)
  return (
    <div className="wrap">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {doctors.length ? <DoctorList doctors={doctors} locale={locale} /> : <p>{t('none')}</p>}
    </div>
  )
}
