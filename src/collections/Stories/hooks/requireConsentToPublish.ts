import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Story } from '@/payload-types'
import { translate } from '@/i18n/admin/translate'

type Consent = Partial<NonNullable<Story['consent']>>

const isComplete = (consent: Consent | null | undefined): boolean =>
  Boolean(consent?.givenBy && consent?.date && consent?.reference?.trim())

/**
 * A real account of a patient goes public only with a record of their (or their guardian's)
 * consent. Enforced here, on the server, so neither the admin UI nor the API can publish around it;
 * drafts may be saved without it while the paperwork is on its way. Illustrative examples describe
 * no real person, so they need no record; anything not marked illustrative is treated as real.
 */
export const requireConsentToPublish: CollectionBeforeChangeHook<Story> = ({ data, originalDoc, req }) => {
  const status = data._status ?? originalDoc?._status
  if (status !== 'published') return data
  const kind = data.kind ?? originalDoc?.kind
  if (kind === 'illustrative') return data
  const consent: Consent = { ...originalDoc?.consent, ...data.consent }
  if (!isComplete(consent)) {
    throw new ValidationError(
      { collection: 'stories', errors: [{ message: translate(req, 'consentRequiredToPublish'), path: 'consent' }] },
      req.t,
    )
  }
  return data
}
