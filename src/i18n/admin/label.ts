import type { Locale } from '@/i18n/locales'

/** A label in every admin language, in the order of the locale list: en, zh, ru, ar. */
export type LabelTuple = readonly [en: string, zh: string, ru: string, ar: string]
export type LocalizedLabel = Record<Locale, string>

export const toLabel = ([en, zh, ru, ar]: LabelTuple): LocalizedLabel => ({ en, zh, ru, ar })

/** Turns a dictionary of tuples into Payload labels (`{ en, zh, ru, ar }`), keeping its keys typed. */
export const toLabels = <K extends string>(dict: Record<K, LabelTuple>): Record<K, LocalizedLabel> =>
  Object.fromEntries(Object.entries<LabelTuple>(dict).map(([key, tuple]) => [key, toLabel(tuple)])) as Record<
    K,
    LocalizedLabel
  >
