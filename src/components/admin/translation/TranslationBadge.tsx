'use client'

import { Button, Pill, useConfig, useDocumentInfo, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { StaleField } from '@/components/admin/translation/StaleField'
import { adminLanguage, fieldName, pillStyle } from '@/components/admin/translation/labels'
import { translationLabels as T, translationStatusLabels } from '@/i18n/admin/translationLabels'
import { isLocale, localeLabels, locales } from '@/i18n/locales'
import type { LocaleStatus, TranslationDetails } from '@/lib/translationState/types'

/**
 * The sidebar's translation state: every language's status, and for the language being edited
 * the fields still to translate and those whose source changed since (old and new source side by
 * side), with "mark as reviewed" for a translation that is still right.
 */
export const TranslationBadge = () => {
  const details = useFormFields(([fields]) => fields['translation.details']?.value) as TranslationDetails | undefined
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const { id, collectionSlug, globalSlug, hasSavePermission } = useDocumentInfo()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const lang = adminLanguage(i18n.language)
  const locale = isLocale(code) ? code : 'en'

  if (!details?.locales) return <p data-testid="translation-badge">{T.saveFirst[lang]}</p>
  const mine = details.locales[locale]

  const markReviewed = async () => {
    setBusy(true)
    setError('')
    // A global has one document and no id: POST /api/globals/<slug>/translation-reviewed.
    const target = globalSlug ? `globals/${globalSlug}` : `${collectionSlug}/${id}`
    const res = await fetch(`${config.serverURL}${config.routes.api}/${target}/translation-reviewed`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify({ locale }),
    })
    if (res.ok) return window.location.reload()
    const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
    setError(T.reviewFailed[lang].replace('{{message}}', body.errors?.[0]?.message ?? String(res.status)))
    setBusy(false)
  }

  return (
    <div className="translation-badge" data-testid="translation-badge" style={{ marginBlockEnd: '1.5rem' }}>
      <strong>{T.group[lang]}</strong>
      <ul style={{ listStyle: 'none', margin: '0.25rem 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.25rem' }}>
        {locales.map((l) => {
          const status: LocaleStatus = details.locales[l]?.status ?? 'complete'
          return (
            <li key={l} data-locale={l} data-status={status}>
              <Pill pillStyle={pillStyle[status]} size="small">
                <bdi lang={l}>{localeLabels[l]}</bdi>: {translationStatusLabels[status][lang]}
              </Pill>
            </li>
          )
        })}
      </ul>
      {mine?.status === 'source' && <p>{T.isSource[lang]}</p>}
      {mine && mine.missing.length > 0 && (
        <div data-testid="translation-missing">
          <p style={{ margin: '0.5rem 0 0.25rem' }}>{T.missingFields[lang]}:</p>
          <ul style={{ margin: 0, paddingInlineStart: '1.1rem' }}>
            {mine.missing.map((key) => (
              <li key={key}>{fieldName(details.fields[key]?.labels ?? [key], lang)}</li>
            ))}
          </ul>
        </div>
      )}
      {mine && mine.stale.length > 0 && (
        <div data-testid="translation-stale">
          <p style={{ margin: '0.5rem 0 0.25rem' }}>{T.staleFields[lang]}:</p>
          {mine.stale.map((key) => (
            <StaleField key={key} details={details} fieldKey={key} locale={locale} language={lang} />
          ))}
          {/* Marking reviewed saves the document: not offered to who may only read it (an editor in the site settings). */}
          {hasSavePermission !== false && (
            <Button buttonStyle="secondary" size="small" disabled={busy || !(id || globalSlug)} onClick={markReviewed}>
              {busy ? T.reviewing[lang] : T.markReviewed[lang]}
            </Button>
          )}
          {error && <p role="alert">{error}</p>}
        </div>
      )}
    </div>
  )
}
