import type { SanitizedConfig } from 'payload'

import { toLabel } from '@/i18n/admin/label'

/**
 * Payload's own admin texts where its translation is missing, left in English or wrong (checked
 * against @payloadcms/translations 3.90.1: zh/ru "Payload 设置", ar "Toggle block", ar's
 * "restoring" holds a stray translator's prompt, ru "Email"). Merged over Payload's strings by
 * key; the admin walk test (tests/e2e/admin-language.e2e.spec.ts) finds any that come back.
 */
export const payloadTextFixes = {
  en: {},
  zh: { general: { payloadSettings: '系统设置' } },
  ru: { general: { payloadSettings: 'Настройки системы', email: 'Электронная почта' } },
  ar: { general: { restoring: 'جارٍ الاستعادة...' }, fields: { toggleBlock: 'إظهار الوحدة أو إخفاؤها' } },
} as const

/** Saved list views ("Select Preset" in the list view's toolbar). */
export const queryPresetLabels = {
  singular: toLabel(['Saved view', '已保存视图', 'Сохранённый вид', 'عرض محفوظ']),
  plural: toLabel(['Saved views', '已保存视图', 'Сохранённые виды', 'العروض المحفوظة']),
}

const presetFieldLabels: Record<string, ReturnType<typeof toLabel>> = {
  where: toLabel(['Filters', '筛选条件', 'Фильтры', 'عوامل التصفية']),
  groupBy: toLabel(['Group by', '分组依据', 'Группировать по', 'التجميع حسب']),
}

/**
 * Labels Payload writes in English only, on the collections it adds itself (saved views' "Filters"
 * and "Group By"). Those exist once the config is sanitized, so they are set there.
 */
export const translateBuiltInLabels = async (pending: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const config = await pending
  const presets = config.collections.find((c) => c.slug === 'payload-query-presets')
  for (const field of presets?.fields ?? []) {
    if ('name' in field && presetFieldLabels[field.name] && typeof field.label === 'string') field.label = presetFieldLabels[field.name]
  }
  return config
}
