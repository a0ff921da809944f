'use client'

import { useAllFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useMemo } from 'react'

import { fieldLabels } from '@/i18n/admin/fieldLabels'
import { isLocale } from '@/i18n/locales'
import { lintDocument } from '@/lib/contentLint/lintDocument'
import type { LintRule } from '@/lib/contentLint/lintText'

const ruleKey: Record<LintRule, string> = {
  superlative: 'custom:lintSuperlative',
  guarantee: 'custom:lintGuarantee',
  unsourcedFigure: 'custom:lintUnsourcedFigure',
  englishLeft: 'custom:lintEnglishLeft',
  glossary: 'custom:lintGlossary',
}

/** Lint findings for the locale being edited, updated as the editor types; never blocks saving. */
export const ContentLintWarnings = () => {
  const [fields] = useAllFormFields()
  const { code } = useLocale()
  const { i18n, t } = useTranslation()
  const tr = t as (key: string, vars?: Record<string, unknown>) => string
  const locale = isLocale(code) ? code : 'en'
  const findings = useMemo(() => lintDocument(reduceFieldsToValues(fields, true), locale), [fields, locale])

  return (
    <div className="content-lint" data-testid="content-lint" role="status" style={{ marginBlockEnd: '1.5rem' }}>
      <strong>{fieldLabels.contentLint[isLocale(i18n.language) ? i18n.language : 'en']}</strong>
      {findings.length === 0 ? (
        <p style={{ margin: '0.25rem 0 0' }}>{tr('custom:lintNone')}</p>
      ) : (
        <>
          <p style={{ margin: '0.25rem 0' }}>{tr('custom:lintIntro')}</p>
          <ul style={{ margin: 0, paddingInlineStart: '1.1rem' }}>
            {findings.map((f, i) => (
              <li key={`${f.where}-${i}`} style={{ color: 'var(--theme-warning-750, #8a5a00)' }}>
                {tr(ruleKey[f.rule], { use: f.hint ?? '' })}: <q>{f.found}</q> <small>(<code>{f.where}</code>)</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
