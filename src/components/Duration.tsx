import { getTranslations } from 'next-intl/server'

type Range = { min?: number | null; max?: number | null; unit?: 'days' | 'weeks' | 'months' | null }

/** "6–8 weeks", "2 weeks", "1–3 months" with the plural rules of each language. */
export const Duration = async ({ range }: { range: Range | null | undefined }) => {
  if (!range || (range.min == null && range.max == null)) return null
  const t = await getTranslations('duration')
  const unit = range.unit ?? 'weeks'
  const { min, max } = range
  if (min != null && max != null && min !== max) return <>{t('range', { min, max, unit })}</>
  return <>{t('single', { count: (max ?? min)!, unit })}</>
}
