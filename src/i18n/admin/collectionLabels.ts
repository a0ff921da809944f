import { toLabel, type LabelTuple, type LocalizedLabel } from '@/i18n/admin/label'

const pair = (singular: LabelTuple, plural: LabelTuple) => ({ singular: toLabel(singular), plural: toLabel(plural) })

// Names of collections and globals in the admin UI, and the navigation groups they sit in.
export const collectionLabels = {
  hospitals: pair(['Hospital', '医院', 'Больница', 'مستشفى'], ['Hospitals', '医院', 'Больницы', 'المستشفيات']),
  departments: pair(['Department', '科室', 'Отделение', 'قسم'], ['Departments', '科室', 'Отделения', 'الأقسام']),
  doctors: pair(['Doctor', '医生', 'Врач', 'طبيب'], ['Doctors', '医生', 'Врачи', 'الأطباء']),
  therapies: pair(['Therapy', '疗法', 'Метод лечения', 'علاج'], ['Therapies', '疗法', 'Методы лечения', 'العلاجات']),
  conditions: pair(['Condition', '疾病', 'Заболевание', 'حالة مرضية'], ['Conditions', '疾病', 'Заболевания', 'الحالات المرضية']),
  sources: pair(['Source', '来源', 'Источник', 'مصدر'], ['Sources', '来源', 'Источники', 'المصادر']),
  stories: pair(['Patient story', '患者故事', 'История пациента', 'قصة مريض'], ['Patient stories', '患者故事', 'Истории пациентов', 'قصص المرضى']),
  inquiries: pair(['Inquiry', '咨询', 'Заявка', 'استفسار'], ['Inquiries', '咨询', 'Заявки', 'الاستفسارات']),
  media: pair(['Image', '图片', 'Изображение', 'صورة'], ['Images', '图片', 'Изображения', 'الصور']),
  medicalRecords: pair(['Medical record', '病历文件', 'Медицинский документ', 'سجل طبي'], ['Medical records', '病历文件', 'Медицинские документы', 'السجلات الطبية']),
  agentLinks: pair(['Agent link', '代理链接', 'Ссылка агента', 'رابط وكيل'], ['Agent links', '代理链接', 'Ссылки агентов', 'روابط الوكلاء']),
  linkVisits: pair(['Link visit', '链接访问', 'Переход по ссылке', 'زيارة رابط'], ['Link visits', '链接访问', 'Переходы по ссылкам', 'زيارات الروابط']),
  users: pair(['User', '用户', 'Пользователь', 'مستخدم'], ['Users', '用户', 'Пользователи', 'المستخدمون']),
} as const

export const globalLabels = {
  siteSettings: toLabel(['Site settings', '站点设置', 'Настройки сайта', 'إعدادات الموقع']),
} as const

export const adminGroups: Record<'content' | 'patients' | 'agents' | 'system', LocalizedLabel> = {
  agents: toLabel(['Agents', '代理', 'Агенты', 'الوكلاء']),
  content: toLabel(['Content', '内容', 'Контент', 'المحتوى']),
  patients: toLabel(['Patients', '患者', 'Пациенты', 'المرضى']),
  system: toLabel(['Administration', '系统管理', 'Администрирование', 'الإدارة']),
}
