/** ISO 3166-1 alpha-2, upper case. Display names come from Intl.DisplayNames in each locale. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/
