import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Story } from '@/payload-types'
import { translate } from '@/i18n/admin/translate'

/**
 * Words in quotation marks under a patient's name read as something a real person said. An
 * illustrative example has no such person, so it may not carry a quote (in the locale being saved;
 * pages also never show a quote on an illustrative story, whatever another locale holds).
 */
export const noQuoteInIllustrative: CollectionBeforeChangeHook<Story> = ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  if (kind !== 'illustrative') return data
  const quote = data.quote === undefined ? originalDoc?.quote : data.quote
  if (typeof quote === 'string' && quote.trim()) {
    throw new ValidationError({ collection: 'stories', errors: [{ message: translate(req, 'illustrativeNoQuote'), path: 'quote' }] }, req.t)
  }
  return data
}
