import { getFormatter, getTranslations } from 'next-intl/server'

import type { CaseView } from '@/lib/case/findCase'

/**
 * That an answer went out, and when; never its text. The reply itself travels by e-mail, so the
 * case page shows nothing a forwarded link should not.
 */
export const CaseReplies = async ({ replies }: { replies: CaseView['replies'] }) => {
  const [t, format] = await Promise.all([getTranslations('case'), getFormatter()])
  return (
    <section aria-labelledby="case-replies">
      <h2 id="case-replies">{t('repliesTitle')}</h2>
      {replies.length ? (
        <ul data-testid="case-replies">
          {replies.map((reply) => (
            <li key={reply.at}>{reply.emailedAt ? t('replySent', { date: format.dateTime(new Date(reply.emailedAt), { year: 'numeric', month: 'long', day: 'numeric' }) }) : t('replyOnItsWay')}</li>
          ))}
        </ul>
      ) : (
        <p data-testid="case-replies">{t('noReplyYet')}</p>
      )}
    </section>
  )
}
