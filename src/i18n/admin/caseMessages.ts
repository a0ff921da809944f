import type { AdminLanguage } from '@/i18n/admin/translate'
import { toLabels } from '@/i18n/admin/label'

// Staff e-mails about a patient's case page, in every admin language ({{slot}} as in messages.ts).
const caseMessages = toLabels({
  updateSubject: ['Case {{reference}}: the patient added something', '病例 {{reference}}：患者有新补充', 'Обращение {{reference}}: пациент добавил материалы', 'الحالة {{reference}}: أضاف المريض شيئًا'],
  updateTitle: ['The patient added to case {{reference}} on the case page.', '患者在病例页面为病例 {{reference}} 补充了内容。', 'Пациент дополнил обращение {{reference}} на странице обращения.', 'أضاف المريض إلى الحالة {{reference}} من صفحة الحالة.'],
  updateFiles: ['New records: {{count}}', '新病历：{{count}}', 'Новых документов: {{count}}', 'سجلات جديدة: {{count}}'],
  updateMessage: ['A new message: yes', '新留言：有', 'Новое сообщение: да', 'رسالة جديدة: نعم'],
  updateNoMessage: ['A new message: no', '新留言：无', 'Новое сообщение: нет', 'رسالة جديدة: لا'],
})

export type CaseMessageKey = keyof typeof caseMessages

export const translateCase = (language: AdminLanguage, key: CaseMessageKey, vars: Record<string, unknown> = {}): string =>
  caseMessages[key][language].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
