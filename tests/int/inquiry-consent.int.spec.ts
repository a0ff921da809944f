import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { CONSENT_TEXT_SHA256, CONSENT_VERSION } from '@/lib/inquiries/consent'
import ar from '../../messages/ar.json'
import en from '../../messages/en.json'
import ru from '../../messages/ru.json'
import zh from '../../messages/zh.json'

const messages = { en, zh, ru, ar }

describe('the consent text is versioned', () => {
  it('its wording in all four languages is the one CONSENT_VERSION names (change the text: move the version and fingerprint on)', () => {
    const text = locales.map((locale) => messages[locale].inquiry.consent.text).join('\n')
    const fingerprint = createHash('sha256').update(text).digest('hex')
    expect({ version: CONSENT_VERSION, fingerprint }).toEqual({ version: CONSENT_VERSION, fingerprint: CONSENT_TEXT_SHA256 })
  })
})
