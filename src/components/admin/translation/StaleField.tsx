'use client'

import { fieldName } from '@/components/admin/translation/labels'
import { translationLabels as T } from '@/i18n/admin/translationLabels'
import { textDirection, type Locale } from '@/i18n/locales'
import type { TranslationDetails } from '@/lib/translationState/types'

const box = { margin: 0, padding: '0.25rem 0.4rem', background: 'var(--theme-elevation-50)', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const

/** One field whose source changed: the source text the translation was made from, and today's. */
export const StaleField = ({ details, fieldKey, locale, language }: { details: TranslationDetails; fieldKey: string; locale: Locale; language: Locale }) => {
  const field = details.fields[fieldKey]
  if (!field) return null
  const then = field.base[locale] ? details.texts[field.base[locale]] : undefined
  const now = details.texts[field.source]
  const dir = textDirection(details.source)
  return (
    <details data-testid="translation-stale-field" data-field={field.path} open style={{ marginBlockEnd: '0.5rem' }}>
      <summary>{fieldName(field.labels, language)}</summary>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0.4rem', marginBlockStart: '0.25rem' }}>
        <div>
          <small>{T.sourceThen[language]}</small>
          {/* data-content-value: the editors' text, in the source language whatever the admin's (tests/e2e/adminWalk.ts). */}
          <p lang={details.source} dir={dir} style={box} data-testid="source-then" data-content-value={then === undefined ? undefined : ''}>
            {then ?? T.unknownText[language]}
          </p>
        </div>
        <div>
          <small>{T.sourceNow[language]}</small>
          <p lang={details.source} dir={dir} style={box} data-testid="source-now" data-content-value={now === undefined ? undefined : ''}>
            {now ?? T.unknownText[language]}
          </p>
        </div>
      </div>
    </details>
  )
}
