import type { PayloadRequest } from 'payload'

import type { CustomMessageKey } from '@/i18n/admin/messages'

/**
 * Our own server messages in the language of the request (the admin user's choice or the API
 * client's Accept-Language). Payload types `t` for its built-in keys only, hence the narrow cast.
 */
export const translate = (req: PayloadRequest, key: CustomMessageKey, vars?: Record<string, unknown>): string =>
  (req.t as (k: string, v?: Record<string, unknown>) => string)(`custom:${key}`, vars)
