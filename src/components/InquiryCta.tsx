import { getTranslations } from 'next-intl/server'

import { InquiryForm } from '@/components/inquiry/InquiryForm'
import type { Locale } from '@/i18n/locales'

type Props = {
  title: string
  locale: Locale
  sourcePage: string
  preset?: { therapy?: number | string; hospital?: number | string }
}

/** Closes every hospital, therapy and story page: the inquiry form, with this page's choice made. */
export const InquiryCta = async ({ title, locale, sourcePage, preset }: Props) => {
  const t = await getTranslations('common')
  return (
    <section className="panel inquiry" id="ask" aria-labelledby="cta-title">
      <h2 id="cta-title">{title}</h2>
      <p>{t('askLead')}</p>
      <InquiryForm locale={locale} sourcePage={sourcePage} preset={preset} />
    </section>
  )
}
