import { toLabel, type LabelTuple, type LocalizedLabel } from '@/i18n/admin/label'
import { isLocale } from '@/i18n/locales'

type Options<V extends string> = { label: LocalizedLabel; value: V }[]

/** Select options whose labels read in every admin language; values stay ASCII and stable. */
const options = <V extends string>(dict: Record<V, LabelTuple>): Options<V> =>
  (Object.entries(dict) as [V, LabelTuple][]).map(([value, tuple]) => ({ value, label: toLabel(tuple) }))

export const roleOptions = options({
  admin: ['Admin', '管理员', 'Администратор', 'مدير'],
  editor: ['Editor', '编辑', 'Редактор', 'محرر'],
  coordinator: ['Coordinator', '协调员', 'Координатор', 'منسق'],
  agent: ['Agent', '代理', 'Агент', 'وكيل'],
})

export const hospitalKindOptions = options({
  specialty: ['Specialty hospital', '专科医院', 'Специализированная больница', 'مستشفى تخصصي'],
  general: ['General hospital', '综合医院', 'Многопрофильная больница', 'مستشفى عام'],
})

export const patientCountBasisOptions = options({
  treated: ['Patients diagnosed and treated', '诊治患者', 'Пациентов обследовано и пролечено', 'مرضى تم تشخيصهم وعلاجهم'],
  outpatientVisits: ['Outpatient visits', '门诊量', 'Амбулаторных визитов', 'زيارات العيادات الخارجية'],
  discharges: ['Inpatient discharges', '出院人次', 'Выписанных пациентов', 'حالات الخروج من المستشفى'],
  newPatients: ['New patients', '新患者', 'Новых пациентов', 'مرضى جدد'],
})

export const therapyCategoryOptions = options({
  cellTherapy: ['Cell therapy', '细胞治疗', 'Клеточная терапия', 'العلاج الخلوي'],
  transplant: ['Transplant', '移植', 'Трансплантация', 'الزرع'],
  radiation: ['Radiation therapy', '放射治疗', 'Лучевая терапия', 'العلاج الإشعاعي'],
  drug: ['Drug therapy', '药物治疗', 'Лекарственная терапия', 'العلاج الدوائي'],
  surgery: ['Surgery', '手术', 'Хирургия', 'الجراحة'],
})

export const outcomeMeasureOptions = options({
  completeRemission: ['Complete remission', '完全缓解率', 'Полная ремиссия', 'الهدأة الكاملة'],
  overallSurvival: ['Overall survival', '总生存率', 'Общая выживаемость', 'البقاء الإجمالي'],
  eventFreeSurvival: ['Event-free survival', '无事件生存率', 'Бессобытийная выживаемость', 'البقاء دون أحداث'],
  diseaseFreeSurvival: ['Disease-free survival', '无病生存率', 'Безрецидивная выживаемость', 'البقاء دون مرض'],
  longTermSurvival: ['Long-term survival', '长期生存率', 'Долгосрочная выживаемость', 'البقاء طويل الأمد'],
  other: ['Other', '其他', 'Другое', 'أخرى'],
})

export const valueQualifierOptions = options({
  exact: ['Exactly', '精确值', 'Ровно', 'بالضبط'],
  about: ['About', '约', 'Около', 'حوالي'],
  nearly: ['Nearly', '接近', 'Почти', 'قرابة'],
  over: ['More than', '超过', 'Более', 'أكثر من'],
})

export const durationUnitOptions = options({
  days: ['Days', '天', 'Дни', 'أيام'],
  weeks: ['Weeks', '周', 'Недели', 'أسابيع'],
  months: ['Months', '月', 'Месяцы', 'أشهر'],
})

export const transplantVariantOptions = options({
  autologous: ['Autologous', '自体移植', 'Аутологичная', 'ذاتي'],
  allogeneic: ['Allogeneic (matched sibling)', '异基因（同胞全相合）', 'Аллогенная (родственный донор)', 'خيفي (شقيق متطابق)'],
  haploidentical: ['Haploidentical', '单倍型相合移植', 'Гаплоидентичная', 'نصف متطابق'],
  unrelatedDonor: ['Matched unrelated donor', '非血缘全相合', 'Неродственный донор', 'متبرع غير قريب متطابق'],
  cordBlood: ['Cord blood', '脐带血移植', 'Пуповинная кровь', 'دم الحبل السري'],
  syngeneic: ['Syngeneic (identical twin)', '同基因（同卵双胞胎）', 'Сингенная (однояйцевый близнец)', 'متماثل (توأم متطابق)'],
  other: ['Other', '其他', 'Другое', 'أخرى'],
})

export const ageGroupOptions = options({
  child: ['Child (0–12)', '儿童（0–12岁）', 'Ребёнок (0–12)', 'طفل (0–12)'],
  teen: ['Teenager (13–17)', '青少年（13–17岁）', 'Подросток (13–17)', 'مراهق (13–17)'],
  youngAdult: ['Young adult (18–39)', '青年（18–39岁）', 'Молодой взрослый (18–39)', 'شاب (18–39)'],
  adult: ['Adult (40–64)', '成人（40–64岁）', 'Взрослый (40–64)', 'بالغ (40–64)'],
  senior: ['Senior (65+)', '老年（65岁以上）', 'Пожилой (65+)', 'كبير السن (65+)'],
})

export const consentGiverOptions = options({
  patient: ['The patient', '患者本人', 'Пациент', 'المريض'],
  guardian: ['Parent or guardian', '父母或监护人', 'Родитель или опекун', 'الوالد أو الوصي'],
})

export const storyKindOptions = options({
  illustrative: ['Illustrative example (composite, no real person)', '示例故事（综合虚构，并非真实人物）', 'Иллюстративный пример (собирательный образ, не реальный человек)', 'مثال توضيحي (مركّب، لا يمثل شخصًا حقيقيًا)'],
  realAccount: ['Real account (consent record required)', '真实经历（须有知情同意记录）', 'Реальная история (нужна запись о согласии)', 'رواية حقيقية (يلزم سجل موافقة)'],
})

export const currencyOptions = options({
  USD: ['US dollar (USD)', '美元（USD）', 'Доллар США (USD)', 'دولار أمريكي (USD)'],
  EUR: ['Euro (EUR)', '欧元（EUR）', 'Евро (EUR)', 'يورو (EUR)'],
  CNY: ['Chinese yuan (CNY)', '人民币（CNY）', 'Китайский юань (CNY)', 'يوان صيني (CNY)'],
  RUB: ['Russian rouble (RUB)', '俄罗斯卢布（RUB）', 'Российский рубль (RUB)', 'روبل روسي (RUB)'],
  AED: ['UAE dirham (AED)', '阿联酋迪拉姆（AED）', 'Дирхам ОАЭ (AED)', 'درهم إماراتي (AED)'],
})

export const inquiryStatusOptions = options({
  new: ['New', '新咨询', 'Новая', 'جديد'],
  contacted: ['Contacted', '已联系', 'Связались', 'تم التواصل'],
  recordsReceived: ['Records received', '已收到病历', 'Документы получены', 'تم استلام السجلات'],
  hospitalReview: ['Hospital review', '医院评估中', 'Рассмотрение в больнице', 'قيد مراجعة المستشفى'],
  quoteSent: ['Quote sent', '已发送报价', 'Смета отправлена', 'تم إرسال عرض السعر'],
  travelPlanning: ['Travel planning', '行程安排', 'Планирование поездки', 'تخطيط السفر'],
  inTreatment: ['In treatment', '治疗中', 'На лечении', 'قيد العلاج'],
  followUp: ['Follow-up', '随访', 'Наблюдение', 'المتابعة'],
  closed: ['Closed', '已结案', 'Закрыта', 'مغلق'],
  spam: ['Spam', '垃圾信息', 'Спам', 'رسالة مزعجة'],
})

export const spokenLanguageOptions = options({
  en: ['English', '英语', 'Английский', 'الإنجليزية'],
  zh: ['Chinese', '中文', 'Китайский', 'الصينية'],
  ru: ['Russian', '俄语', 'Русский', 'الروسية'],
  ar: ['Arabic', '阿拉伯语', 'Арабский', 'العربية'],
  fr: ['French', '法语', 'Французский', 'الفرنسية'],
  es: ['Spanish', '西班牙语', 'Испанский', 'الإسبانية'],
  kk: ['Kazakh', '哈萨克语', 'Казахский', 'الكازاخية'],
  mn: ['Mongolian', '蒙古语', 'Монгольский', 'المنغولية'],
})

/** The portal's own languages (a subset of the spoken ones): which language a page was read in. */
export const pageLocaleOptions = spokenLanguageOptions.filter((option) => isLocale(option.value))

export const sourceKindOptions = options({
  hospitalPage: ['Hospital page', '医院网页', 'Страница больницы', 'صفحة مستشفى'],
  journalArticle: ['Journal article', '期刊论文', 'Статья в журнале', 'مقال في مجلة علمية'],
  trialRegistry: ['Trial registry entry', '临床试验注册记录', 'Запись в реестре исследований', 'قيد في سجل التجارب'],
  agencyArticle: ['Agency article', '中介机构文章', 'Статья агентства', 'مقال وكالة'],
  faq: ['FAQ page', '常见问题页面', 'Страница вопросов и ответов', 'صفحة أسئلة شائعة'],
})

export const statedOptions = options({
  given: ['Given', '已注明', 'Указано', 'مذكور'],
  notStated: ['Not stated', '未注明', 'Не указано', 'غير مذكور'],
})

export const therapyStatusOptions = options({
  standardCare: ['Standard care', '标准治疗', 'Стандартное лечение', 'علاج معياري'],
  approvedProduct: ['Approved product', '已获批产品', 'Одобренный препарат', 'منتج حاصل على موافقة'],
  clinicalTrial: ['Clinical trial', '临床试验', 'Клиническое исследование', 'تجربة سريرية'],
})

export const trialPhaseOptions = options({
  notStated: ['Not stated', '未注明', 'Не указана', 'غير مذكورة'],
  phase1: ['Phase 1', 'I期', 'Фаза 1', 'المرحلة 1'],
  phase1_2: ['Phase 1/2', 'I/II期', 'Фаза 1/2', 'المرحلة 1/2'],
  phase2: ['Phase 2', 'II期', 'Фаза 2', 'المرحلة 2'],
  phase3: ['Phase 3', 'III期', 'Фаза 3', 'المرحلة 3'],
  phase4: ['Phase 4', 'IV期', 'Фаза 4', 'المرحلة 4'],
})
