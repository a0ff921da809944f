/**
 * The version of the consent text patients agree to (messages/*.json → inquiry.consent.text).
 * Stored with each inquiry beside the time it was given. Change the text in any language and
 * tests/int/inquiry-consent.int.spec.ts fails until this version and the fingerprint below move on:
 * a stored version must always name exactly one wording.
 */
export const CONSENT_VERSION = '2026-11-21'
/** sha256 of the four locales' consent texts, joined in locale order with a newline. */
export const CONSENT_TEXT_SHA256 = '49ae6a7b66b91bf9da9fe91b8427c921c2d3bc58abe2060f149cc8d95ca27f32'
