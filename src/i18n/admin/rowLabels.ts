import { toLabel, type LabelTuple, type LocalizedLabel } from '@/i18n/admin/label'

type RowLabels = { singular: LocalizedLabel; plural: LocalizedLabel }
const rows = (singular: LabelTuple, plural: LabelTuple): RowLabels => ({ singular: toLabel(singular), plural: toLabel(plural) })

/**
 * Names of array (and blocks) rows in the admin. Payload names each row "<singular> 01" and its
 * button "Add <singular>", and without `labels` it makes both from the field's *name*, in English
 * in every admin language ("添加 Ranking", "Status History 01"). So every array field sets
 * `labels: rowLabels.<key>` from here, in the four admin languages; a field that forgets still
 * gets its own translated label for both (withAdminLanguage), never its English name.
 */
export const rowLabels = {
  ranking: rows(['Ranking', '排名', 'Рейтинг', 'تصنيف'], ['Rankings and recognition', '排名与荣誉', 'Рейтинги и признание', 'التصنيفات والتقدير']),
  step: rows(['Step', '步骤', 'Этап', 'المرحلة'], ['Steps of the journey', '治疗流程', 'Этапы лечения', 'مراحل الرحلة العلاجية']),
  risk: rows(['Risk', '风险', 'Риск', 'الخطر'], ['Risks and side effects', '风险与副作用', 'Риски и побочные эффекты', 'المخاطر والآثار الجانبية']),
  variant: rows(['Variant', '类型', 'Вариант', 'النوع'], ['Variants', '类型', 'Варианты', 'الأنواع']),
  question: rows(['Question', '问题', 'Вопрос', 'السؤال'], ['Frequently asked questions', '常见问题', 'Частые вопросы', 'الأسئلة الشائعة']),
  event: rows(['Event', '事件', 'Событие', 'الحدث'], ['Timeline', '时间线', 'Хронология', 'الخط الزمني']),
  statusChange: rows(['Status change', '状态变更', 'Смена статуса', 'تغيير الحالة'], ['Status history', '状态记录', 'История статусов', 'سجل الحالات']),
  offeredAt: rows(['Place offered', '开展机构', 'Место проведения', 'جهة التقديم'], ['Where it is offered, and how', '开展机构及形式', 'Где и в каком статусе проводится', 'أين يُقدَّم وبأي صفة']),
  outcome: rows(['Outcome figure', '疗效数据', 'Показатель', 'مؤشر النتيجة'], ['Outcome statistics', '疗效数据', 'Статистика результатов', 'إحصاءات النتائج']),
} as const

/** For a list of short lines (textListField): each row is named by its item label. */
export const listRowLabels = (item: LocalizedLabel, list: LocalizedLabel): RowLabels => ({ singular: item, plural: list })
