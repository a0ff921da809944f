import type { LocalizedLabel } from '@/i18n/admin/label'
import { locales } from '@/i18n/locales'
import { COUNTRY_CODES } from '@/lib/countries'

/**
 * The patient's country as a select: stored as its ISO code (what the form posts), shown by its
 * name in the admin's language ("American Samoa", "美属萨摩亚"), never as the bare code "AS".
 * Names come from Intl.DisplayNames, like the form's list, so nobody keeps a translated list.
 */
const namers = locales.map((locale) => [locale, new Intl.DisplayNames([locale], { type: 'region' })] as const)
const english = new Intl.Collator('en')

export const countrySelectOptions = COUNTRY_CODES.map((code) => ({
  value: code,
  label: Object.fromEntries(namers.map(([locale, names]) => [locale, names.of(code) ?? code])) as LocalizedLabel,
})).sort((a, b) => english.compare(a.label.en, b.label.en))
