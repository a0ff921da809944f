import type { PayloadRequest } from 'payload'

import { customMessages, type CustomMessageKey } from '@/i18n/admin/messages'

/**
 * Our own server messages in the language of the request (the admin user's choice or the API
 * client's Accept-Language). Payload types `t` for its built-in keys only, hence the narrow cast.
 */
export const translate = (req: PayloadRequest, key: CustomMessageKey, vars?: Record<string, unknown>): string =>
  (req.t as (k: string, v?: Record<string, unknown>) => string)(`custom:${key}`, vars)

export type AdminLanguage = keyof typeof customMessages
export const isAdminLanguage = (value: unknown): value is AdminLanguage => typeof value === 'string' && Object.hasOwn(customMessages, value)

/**
 * One of our messages in a given admin language, outside any request (e-mails to staff, sent by a
 * background job in each recipient's own language). Same {{slot}} syntax as Payload's.
 */
export const translateIn = (language: AdminLanguage, key: CustomMessageKey, vars: Record<string, unknown> = {}): string =>
  customMessages[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
