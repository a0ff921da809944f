'use client'

import { Pill, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, SelectFieldClient } from 'payload'

import { adminLanguage, pillStyle } from '@/components/admin/translation/labels'
import { translationStatusLabels } from '@/i18n/admin/translationLabels'
import type { LocaleStatus } from '@/lib/translationState/types'

/** A locale's translation status in list columns: stale and missing stand out. */
export const TranslationStatusCell = ({ cellData }: DefaultCellComponentProps<SelectFieldClient>) => {
  const { i18n } = useTranslation()
  const value = (typeof cellData === 'string' && cellData in translationStatusLabels ? cellData : 'complete') as LocaleStatus
  return (
    <span data-translation-status={value}>
      <Pill pillStyle={pillStyle[value]} size="small">
        {translationStatusLabels[value][adminLanguage(i18n.language)]}
      </Pill>
    </span>
  )
}
