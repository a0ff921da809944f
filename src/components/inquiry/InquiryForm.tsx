import { ChatButtons } from '@/components/chat/ChatButtons'
import { ContactChannels } from '@/components/ContactChannels'
import { InquiryFormClient } from '@/components/inquiry/InquiryFormClient'
import { inquiryText } from '@/components/inquiry/text'
import { MedicalDisclaimer } from '@/components/MedicalDisclaimer'
import type { Locale } from '@/i18n/locales'
import { listHospitals, listTherapies } from '@/lib/content/readers'
import { shown } from '@/lib/content/shown'

type Props = {
  locale: Locale
  /** The page the form sits on, e.g. /en/therapies/car-t; stored with the inquiry. */
  sourcePage: string
  /** Pre-chosen on hospital, therapy and story pages. */
  preset?: { therapy?: number | string; hospital?: number | string }
}

/** The inquiry form with its choices, read from the same cached lists as the pages. */
export const InquiryForm = async ({ locale, sourcePage, preset = {} }: Props) => {
  const [text, therapies, hospitals] = await Promise.all([inquiryText(locale), listTherapies(locale), listHospitals(locale)])
  const options = (list: typeof therapies | typeof hospitals) =>
    list.map(({ doc, en }): [string, string] => [String(doc.id), shown(doc.name, en.name, locale)?.value ?? String(doc.id)])
  return (
    <>
      {/* Before anyone types a word: this form is not the way to get urgent help. */}
      <MedicalDisclaimer locale={locale} variant="emergency" />
      {/* For families who would rather write in the chat app they already use. */}
      <ChatButtons locale={locale} sourcePage={sourcePage} />
      <InquiryFormClient
        locale={locale}
        text={text}
        therapies={options(therapies)}
        hospitals={options(hospitals)}
        preset={{ therapy: preset.therapy?.toString(), hospital: preset.hospital?.toString() }}
        sourcePage={sourcePage}
        otherWays={<ContactChannels locale={locale} headingLevel={3} />}
      />
    </>
  )
}
