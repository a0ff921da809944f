import ar from '../../../messages/ar.json'
import en from '../../../messages/en.json'
import ru from '../../../messages/ru.json'
import zh from '../../../messages/zh.json'

import type { Locale } from '@/i18n/locales'

/**
 * The travel guide's first version, as shipped in messages/*.json (travel.sections), written as
 * general guidance: no embassy rule, fee or time is stated as fact. `checked` stays false in every
 * language, so the page says it is not yet checked until an editor has done so in the admin.
 */
const ORDER = {
  visa: ['who', 'letter', 'documents', 'time'],
  money: ['hospital', 'daily', 'receipts'],
  phones: ['line', 'apps', 'language'],
  stay: ['length', 'near', 'register', 'carer'],
} as const

type Sections = Record<keyof typeof ORDER, { title: string; items: Record<string, string> }>
const messages = { en, zh, ru, ar } as unknown as Record<Locale, { travel: { title: string; lead: string; sections: Sections } }>
const per = <V>(pick: (locale: Locale) => V): Record<Locale, V> => ({ en: pick('en'), zh: pick('zh'), ru: pick('ru'), ar: pick('ar') })

export const travelGuide = {
  title: per((locale) => messages[locale].travel.title),
  lead: per((locale) => messages[locale].travel.lead),
  checked: per(() => false),
  sections: per((locale) =>
    (Object.keys(ORDER) as (keyof typeof ORDER)[]).map((key) => ({
      heading: messages[locale].travel.sections[key].title,
      points: ORDER[key].map((item) => ({ text: messages[locale].travel.sections[key].items[item]! })),
    })),
  ),
}
