import type { NumberFieldSingleValidation, PayloadRequest, TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { text, textarea } from 'payload/shared'

import { translate } from '@/i18n/admin/translate'
import { COUNTRY_CODE_PATTERN } from '@/lib/countryCode'
import { isPrintableLine, isPrintableText, isVisibleName } from '@/lib/text/printable'
import { sameSitePath } from '@/lib/text/sitePath'

/** A two-letter ISO country code; empty passes unless the field is required. */
export const countryCodeValidation =
  (required: boolean): TextFieldSingleValidation =>
  (value, { req }) => {
    if (value == null || value === '') return required ? req.t('validation:required') : true
    return COUNTRY_CODE_PATTERN.test(value) || translate(req, 'countryCodeInvalid')
  }

/** The upper bound of a range (sibling `min`) must not be below the lower one. */
export const notBelowMin: NumberFieldSingleValidation = (value, { siblingData, req }) => {
  const min = (siblingData as { min?: number | null }).min
  return value == null || min == null || value >= min || translate(req, 'rangeInvalid')
}

/** Required only when the group holds an amount (sibling `min` or `max`). */
export const requiredWithAmount = (value: unknown, { siblingData, req }: { siblingData: unknown; req: PayloadRequest }) => {
  const { min, max } = (siblingData ?? {}) as { min?: number | null; max?: number | null }
  const hasAmount = min != null || max != null
  return !hasAmount || (value != null && value !== '') || req.t('validation:required')
}

/** The upper value of a figure given as a range must not be below its lower value (sibling `value`). */
export const notBelowValue: NumberFieldSingleValidation = (value, { siblingData, req }) => {
  const lower = (siblingData as { value?: number | null }).value
  return value == null || lower == null || value >= lower || translate(req, 'rangeInvalid')
}

/** A detail the editor marked as given in the source (sibling `stated`) must carry its value. */
export const requiredWhenGiven = (value: unknown, { siblingData, req }: { siblingData: unknown; req: PayloadRequest }) => {
  const stated = (siblingData as { stated?: string } | undefined)?.stated
  return stated !== 'given' || (value != null && value !== '') || req.t('validation:required')
}

/**
 * Free text from outside (API clients as well as the form): printable only (src/lib/text/printable.ts),
 * after Payload's own checks (required, length), which a custom validation would otherwise replace.
 * `name` also needs a letter or digit.
 */
export const printableLine =
  (kind: 'line' | 'name' = 'line'): TextFieldSingleValidation =>
  (value, args) => {
    const own = text(value, args)
    if (own !== true || value == null || value === '') return own
    const ok = kind === 'name' ? isVisibleName(value) : isPrintableLine(value)
    return ok || translate(args.req, 'textUnprintable')
  }

export const printableText: TextareaFieldValidation = (value, args) => {
  const own = textarea(value, args)
  if (own !== true || value == null || value === '') return own
  return isPrintableText(value) || translate(args.req, 'textUnprintable')
}

/** A path on this site only: "//evil.example" and full URLs are refused. */
export const sameSitePathValidation: TextFieldSingleValidation = (value, args) => {
  const own = text(value, args)
  if (own !== true || value == null || value === '') return own
  return sameSitePath(value) === value || translate(args.req, 'sourcePageInvalid')
}
