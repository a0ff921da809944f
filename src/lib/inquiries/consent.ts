/**
 * The versions of the two consent texts patients agree to in the inquiry form (messages/*.json):
 * `inquiry.consent.text` (process the health data to answer the inquiry) and
 * `inquiry.consent.transfer` (send them to hospitals in China). Each is stored with each inquiry
 * beside the time it was given. Change either text in any language and
 * tests/int/inquiry-consent.int.spec.ts fails until its version and fingerprint below move on:
 * a stored version must always name exactly one wording.
 */
export const CONSENT_VERSION = '2026-12-01'
/** sha256 of the four locales' processing-consent texts, joined in locale order with a newline. */
export const CONSENT_TEXT_SHA256 = '9a70374907feeb779be025d85061f71af1fd7cae9d3f90f9eb0517e84e539922'

export const TRANSFER_CONSENT_VERSION = '2026-12-01'
/** sha256 of the four locales' transfer-consent texts, joined in locale order with a newline. */
export const TRANSFER_CONSENT_TEXT_SHA256 = '82d058931d9acacdd80269e8d6f6db86a2b4bc387321b9c353817713f5e40456'
