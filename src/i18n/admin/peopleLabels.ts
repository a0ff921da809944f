import { toLabels } from '@/i18n/admin/label'

// Admin labels for people and their files: doctors, and what coordinators see on medical records.
// Kept apart from fieldLabels.ts so each lane's words merge without conflicts; same tuple order.
export const peopleLabels = toLabels({
  originalName: ['Original file name', '原始文件名', 'Исходное имя файла', 'اسم الملف الأصلي'],
  recordInquiry: ['Sent with inquiry', '所属咨询', 'Отправлен с заявкой', 'مُرسل مع الاستفسار'],
  doctorName: ['Name', '姓名', 'Имя', 'الاسم'],
  doctorTitle: ['Title and grade', '职称', 'Звание и должность', 'اللقب والدرجة'],
  specialties: ['Specialties', '专业方向', 'Специализация', 'التخصصات'],
  specialty: ['Specialty', '专业方向', 'Специализация', 'التخصص'],
  doctorConditions: ['Conditions treated', '诊治疾病', 'Заболевания, которые лечит', 'الحالات التي يعالجها'],
  doctorTherapies: ['Therapies', '治疗方法', 'Методы лечения', 'العلاجات'],
  spokenLanguages: ['Languages spoken with patients', '与患者沟通的语言', 'Языки общения с пациентами', 'لغات التواصل مع المرضى'],
  education: ['Education', '教育背景', 'Образование', 'التعليم'],
  memberships: ['Memberships', '学术任职', 'Членство в организациях', 'العضويات'],
  entry: ['Entry', '条目', 'Запись', 'البند'],
  photo: ['Photo', '照片', 'Фотография', 'الصورة'],
  factSources: ['Sources of these facts', '信息来源', 'Источники этих сведений', 'مصادر هذه المعلومات'],
  factSource: ['Source', '来源', 'Источник', 'المصدر'],
  fact: ['What the source says', '来源所述内容', 'Что сказано в источнике', 'ما يذكره المصدر'],
  doctorDepartment: ['Department', '科室', 'Отделение', 'القسم'],
  doctorHospital: ['Hospital', '医院', 'Больница', 'المستشفى'],
})
