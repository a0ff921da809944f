'use client'

import { getTranslation } from '@payloadcms/translations'
import { Pill, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, SelectFieldClient } from 'payload'

/**
 * The status column of the inquiries list as a coloured pill: new inquiries stand out (nobody has
 * answered the patient yet), spam is greyed, closed cases recede; the label is the user's language.
 */
export const InquiryStatusCell = ({ cellData, field }: DefaultCellComponentProps<SelectFieldClient>) => {
  const { i18n } = useTranslation()
  const value = typeof cellData === 'string' ? cellData : ''
  const option = field.options?.find((o) => typeof o === 'object' && o.value === value)
  const label = option && typeof option === 'object' ? getTranslation(option.label, i18n) : value
  const style = value === 'new' ? 'warning' : value === 'spam' ? 'light-gray' : value === 'closed' ? 'light' : 'success'
  return (
    <span data-status={value}>
      <Pill pillStyle={style} size="small">
        {value === 'new' ? <strong>{label}</strong> : label}
      </Pill>
    </span>
  )
}
