import type { CollectionConfig, Field } from 'payload'

import { toLabel, toLabels } from '@/i18n/admin/label'

// Payload's jobs collection comes with English labels only (or none: then the field name shows).
const names = toLabels({
  input: ['Input', '输入数据', 'Входные данные', 'بيانات الإدخال'],
  output: ['Output', '输出数据', 'Результат', 'المُخرجات'],
  taskStatus: ['Task status', '任务状态', 'Состояние задач', 'حالة المهام'],
  completedAt: ['Completed at', '完成时间', 'Завершено', 'وقت الاكتمال'],
  executedAt: ['Run at', '执行时间', 'Запущено', 'وقت التنفيذ'],
  totalTried: ['Attempts', '尝试次数', 'Попыток', 'عدد المحاولات'],
  hasError: ['Failed for good', '已彻底失败', 'Завершилось ошибкой', 'فشلت نهائيًا'],
  error: ['Error', '错误', 'Ошибка', 'الخطأ'],
  log: ['Log', '执行日志', 'Журнал', 'السجل'],
  taskSlug: ['Task', '任务', 'Задача', 'المهمة'],
  taskID: ['Task ID', '任务 ID', 'ID задачи', 'معرّف المهمة'],
  state: ['State', '状态', 'Состояние', 'الحالة'],
  parent: ['Started by', '上级任务', 'Запущено из', 'بدأتها'],
  workflowSlug: ['Workflow', '工作流', 'Процесс', 'سير العمل'],
  queue: ['Queue', '队列', 'Очередь', 'قائمة الانتظار'],
  waitUntil: ['Wait until', '等待至', 'Ждать до', 'الانتظار حتى'],
  processing: ['Running now', '正在执行', 'Выполняется', 'قيد التنفيذ'],
  concurrencyKey: ['Concurrency key', '并发键', 'Ключ параллельности', 'مفتاح التزامن'],
  meta: ['Details', '详细信息', 'Подробности', 'التفاصيل'],
})

const descriptions = toLabels({
  input: ['What the job was given to work on.', '提供给此任务的数据。', 'Данные, переданные заданию.', 'البيانات المقدَّمة لهذه المهمة.'],
  hasError: ['Set: this job will not be tried again.', '勾选时，此任务不会再重试。', 'Если отмечено, задание больше не повторяется.', 'إذا كان محددًا فلن تُعاد محاولة هذه المهمة.'],
  error: ['The error that made it fail for good.', '导致任务彻底失败的错误。', 'Ошибка, из-за которой задание не выполнено.', 'الخطأ الذي أدى إلى فشلها نهائيًا.'],
  log: ['What each run of its tasks did.', '每次执行任务的记录。', 'Что происходило при каждом запуске.', 'ما جرى في كل تشغيل لمهامها.'],
  concurrencyKey: ['Jobs with the same key do not run at the same time.', '键相同的任务不会同时执行。', 'Задания с одним ключом не выполняются одновременно.', 'المهام ذات المفتاح نفسه لا تعمل في الوقت نفسه.'],
})

const tabLabels: Record<string, ReturnType<typeof toLabel>> = { Status: toLabel(['Status', '状态', 'Статус', 'الحالة']) }

const translate = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') {
      const tabs = field.tabs.map((tab) => {
        const label = typeof tab.label === 'string' ? tabLabels[tab.label] : undefined
        return { ...tab, ...(label ? { label } : {}), fields: translate(tab.fields) }
      })
      return { ...field, tabs } as Field
    }
    let next = 'fields' in field ? ({ ...field, fields: translate(field.fields) } as Field) : field
    if ('name' in field && names[field.name as keyof typeof names]) {
      const description = descriptions[field.name as keyof typeof descriptions]
      next = { ...next, label: names[field.name as keyof typeof names], ...(description ? { admin: { ...next.admin, description } } : {}) } as Field
    }
    return next
  })

/** The jobs collection as admins see it, labelled in every admin language. */
export const translateJobsCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  labels: { singular: toLabel(['Background job', '后台任务', 'Фоновое задание', 'مهمة خلفية']), plural: toLabel(['Background jobs', '后台任务', 'Фоновые задания', 'المهام الخلفية']) },
  fields: translate(collection.fields),
})
