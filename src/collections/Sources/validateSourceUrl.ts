import type { TextFieldSingleValidation } from 'payload'

import { translate } from '@/i18n/admin/translate'

/** A citation link must be a public web address: no file paths, no javascript: or data: links. */
export const validateSourceUrl: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : translate(req, 'sourceUrlInvalid')
  } catch {
    return translate(req, 'sourceUrlInvalid')
  }
}
