import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { serverURL } from '@/lib/serverUrls'

/**
 * The message a chat opens with, in the page's language: it names the page the patient came from
 * and, when an agent referred them, the agent's code, so the coordinator knows both.
 */
export const prefillText = (locale: Locale, page: string, agentCode?: string): string => {
  const t = translatorFor(locale)
  const lines = [t('chat.prefill', { page: `${serverURL}${page}` })]
  if (agentCode) lines.push(t('chat.prefillAgent', { code: agentCode }))
  return lines.join('\n')
}
