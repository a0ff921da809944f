import { getTranslations } from 'next-intl/server'

type Range = { min?: number | null; max?: number | null; unit?: 'days' | 'weeks' | 'months' | null }

/** "6–8 weeks", "2 weeks", "1–3 months" with the plural rules of each language. */
export const Duration = async ({ range }: { range: Range | null | undefined }) => {
  if (!range || (range.min == null && range.max == null)) return null
  const t = await getTranslations('duration')
  const unit = range.unit ?? 'weeks'
  const { min, max } = range
  // The range itself stays whole and left to right in every script (see src/lib/typography).
  if (min != null && max != null && min !== max) {
    return <>{t.rich('range', { min, max, unit, n: (range) => <bdi dir="ltr" className="nobr">{range}</bdi> })}</>
  }
  return <>{t('single', { count: (max ?? min)!, unit })}</>
}
