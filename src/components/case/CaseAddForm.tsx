import { getTranslations } from 'next-intl/server'

import { addToCaseAction } from '@/app/(frontend)/[locale]/case/[token]/actions'
import type { Locale } from '@/i18n/locales'
import { RECORD_ACCEPT } from '@/lib/inquiries/limits'

const OUTCOMES = ['added', 'empty', 'tooLong', 'caseFull', 'unavailable'] as const
const FILE_ERRORS = ['tooManyFiles', 'fileTooLarge', 'fileType', 'fileEmpty', 'fileDamaged', 'text'] as const
type Outcome = (typeof OUTCOMES)[number] | (typeof FILE_ERRORS)[number]
const isOutcome = (value: unknown): value is Outcome => (OUTCOMES as readonly unknown[]).includes(value) || (FILE_ERRORS as readonly unknown[]).includes(value)

type Props = { locale: Locale; token: string; result?: string; file?: string }

/**
 * Records and a message added on the case page: a plain form posting to a server action, so it
 * works without JavaScript; the action redirects back here with the outcome in the query string.
 */
export const CaseAddForm = async ({ locale, token, result, file }: Props) => {
  const [t, ti] = await Promise.all([getTranslations({ locale, namespace: 'case' }), getTranslations({ locale, namespace: 'inquiry' })])
  const outcome = isOutcome(result) ? result : undefined
  const notice = !outcome
    ? undefined
    : (OUTCOMES as readonly string[]).includes(outcome)
      ? t(`result.${outcome as (typeof OUTCOMES)[number]}`)
      : ti(`errors.${outcome as (typeof FILE_ERRORS)[number]}`, { file: (file ?? '').slice(0, 120) })
  return (
    <section className="panel" id="add" aria-labelledby="case-add">
      <h2 id="case-add">{t('addTitle')}</h2>
      <p>{t('addLead')}</p>
      {notice ? (
        <p className={outcome === 'added' ? 'notice' : 'notice error'} role={outcome === 'added' ? 'status' : 'alert'} data-testid="case-result" data-result={outcome}>
          {notice}
        </p>
      ) : null}
      <form action={addToCaseAction} className="inquiry-form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="case-message">{t('message')}</label>
          <textarea id="case-message" name="message" rows={5} maxLength={4000} />
        </div>
        <div className="field">
          <label htmlFor="case-records">{t('records')}</label>
          <input id="case-records" name="records" type="file" multiple accept={RECORD_ACCEPT} aria-describedby="case-records-hint" />
          <p className="hint" id="case-records-hint">{t('recordsHint')}</p>
        </div>
        <button type="submit" className="button">{t('submit')}</button>
      </form>
    </section>
  )
}
