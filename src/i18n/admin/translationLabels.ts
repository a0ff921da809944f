import { toLabel, toLabels, type LabelTuple, type LocalizedLabel } from '@/i18n/admin/label'
import type { LocaleStatus } from '@/lib/translationState/types'

// The translation workflow's words in every admin language (en, zh, ru, ar): the state in the
// sidebar, the dashboard and the review endpoint's answers.
export const translationLabels = toLabels({
  group: ['Translation', '翻译状态', 'Перевод', 'حالة الترجمة'],
  details: ['Translation details', '翻译详情', 'Подробности перевода', 'تفاصيل الترجمة'],
  thisLocale: ['This language', '当前语言', 'Этот язык', 'هذه اللغة'],
  isSource: ['This is the source language: other languages are translated from it.', '这是源语言：其他语言均由此翻译。', 'Это исходный язык: с него переводятся остальные.', 'هذه هي اللغة المصدر: تُترجم منها اللغات الأخرى.'],
  missingFields: ['Not translated yet', '尚未翻译', 'Ещё не переведено', 'لم تُترجم بعد'],
  staleFields: ['Changed in the source since this translation', '此翻译之后源文本有改动', 'Изменено в исходном тексте после перевода', 'تغيّر في النص المصدر بعد هذه الترجمة'],
  sourceThen: ['Source when translated', '翻译时的源文本', 'Исходный текст при переводе', 'النص المصدر عند الترجمة'],
  sourceNow: ['Source now', '当前源文本', 'Исходный текст сейчас', 'النص المصدر الآن'],
  unknownText: ['(not kept)', '（未保存）', '(не сохранён)', '(غير محفوظ)'],
  markReviewed: ['Mark as reviewed', '标记为已审校', 'Отметить как проверенный', 'وضع علامة «تمت المراجعة»'],
  reviewing: ['Saving…', '正在保存…', 'Сохранение…', 'جارٍ الحفظ…'],
  reviewFailed: ['Could not mark as reviewed: {{message}}', '无法标记为已审校：{{message}}', 'Не удалось отметить: {{message}}', 'تعذّر وضع العلامة: {{message}}'],
  saveFirst: ['Save the document to see its translation state.', '保存文档后即可查看翻译状态。', 'Сохраните документ, чтобы увидеть состояние перевода.', 'احفظ المستند لترى حالة ترجمته.'],
  dashboardTitle: ['Translations to do', '待处理的翻译', 'Переводы в работе', 'الترجمات المطلوبة'],
  dashboardIntro: [
    'Documents per language whose translation is missing or older than the source text. Each number opens the list.',
    '各语言中翻译缺失或落后于源文本的文档数。点击数字即可打开列表。',
    'Документы по языкам, где перевода нет или он старше исходного текста. Число открывает список.',
    'عدد المستندات في كل لغة التي تنقصها الترجمة أو صارت أقدم من النص المصدر. يفتح كل رقم القائمة.',
  ],
  content: ['Content', '内容', 'Содержимое', 'المحتوى'],
  invalidLocale: ['Choose one of the translated languages (not the source language).', '请选择一种翻译语言（不能是源语言）。', 'Выберите один из языков перевода (не исходный).', 'اختر إحدى لغات الترجمة (لا اللغة المصدر).'],
} satisfies Record<string, LabelTuple>)

const statusTuples: Record<LocaleStatus, LabelTuple> = {
  source: ['Source', '源语言', 'Исходный', 'المصدر'],
  complete: ['Complete', '已完成', 'Готово', 'مكتملة'],
  stale: ['Stale', '待更新', 'Устарел', 'قديمة'],
  missing: ['Missing', '缺失', 'Нет перевода', 'ناقصة'],
}

export const translationStatusLabels: Record<LocaleStatus, LocalizedLabel> = {
  source: toLabel(statusTuples.source),
  complete: toLabel(statusTuples.complete),
  stale: toLabel(statusTuples.stale),
  missing: toLabel(statusTuples.missing),
}

export const translationStatusOptions = (Object.keys(statusTuples) as LocaleStatus[]).map((value) => ({ value, label: translationStatusLabels[value] }))
