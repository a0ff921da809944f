import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { CONSENT_TEXT_SHA256, CONSENT_VERSION, TRANSFER_CONSENT_TEXT_SHA256, TRANSFER_CONSENT_VERSION } from '@/lib/inquiries/consent'
import ar from '../../messages/ar.json'
import en from '../../messages/en.json'
import ru from '../../messages/ru.json'
import zh from '../../messages/zh.json'

const messages = { en, zh, ru, ar }
const fingerprint = (key: 'text' | 'transfer') =>
  createHash('sha256')
    .update(locales.map((locale) => messages[locale].inquiry.consent[key]).join('\n'))
    .digest('hex')

describe('the two consent texts are versioned', () => {
  it('the processing consent, in all four languages, is the wording CONSENT_VERSION names (change the text: move the version and fingerprint on)', () => {
    expect({ version: CONSENT_VERSION, fingerprint: fingerprint('text') }).toEqual({ version: CONSENT_VERSION, fingerprint: CONSENT_TEXT_SHA256 })
  })

  it('the consent to send data to hospitals in China, in all four languages, is the wording TRANSFER_CONSENT_VERSION names', () => {
    expect({ version: TRANSFER_CONSENT_VERSION, fingerprint: fingerprint('transfer') }).toEqual({
      version: TRANSFER_CONSENT_VERSION,
      fingerprint: TRANSFER_CONSENT_TEXT_SHA256,
    })
  })

  it('the two are different consents in every language (one checkbox cannot stand for both)', () => {
    for (const locale of locales) expect(messages[locale].inquiry.consent.transfer).not.toBe(messages[locale].inquiry.consent.text)
  })
})
