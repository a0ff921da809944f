import { createTranslator } from 'use-intl/core'

import type { Locale } from '@/i18n/locales'
import ar from '../../messages/ar.json'
import en from '../../messages/en.json'
import ru from '../../messages/ru.json'
import zh from '../../messages/zh.json'

const messages = { en, zh, ru, ar } as const

/**
 * The visitors' messages outside a page render: in the proxy (the 429 answer) and in e-mails sent
 * after the response. Pages use next-intl's getTranslations instead.
 */
export const translatorFor = (locale: Locale) => createTranslator({ locale, messages: messages[locale] })
