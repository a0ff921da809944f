import { toLabels } from '@/i18n/admin/label'

// Admin labels for people and their files: doctors, and what coordinators see on medical records.
// Kept apart from fieldLabels.ts so each lane's words merge without conflicts; same tuple order.
export const peopleLabels = toLabels({
  originalName: ['Original file name', '原始文件名', 'Исходное имя файла', 'اسم الملف الأصلي'],
  recordInquiry: ['Sent with inquiry', '所属咨询', 'Отправлен с заявкой', 'مُرسل مع الاستفسار'],
  doctorName: ['Name', '姓名', 'Имя', 'الاسم'],
  academicTitle: ['Academic title', '学术职称', 'Учёное звание', 'اللقب الأكاديمي'],
  clinicalGrade: ['Clinical grade', '临床职称', 'Врачебная категория', 'الدرجة السريرية'],
  sourcedFacts: ['What the sources say', '来源所述', 'Что говорят источники', 'ما تقوله المصادر'],
  sourcedFactsHelp: [
    'One line per fact, each with the page it comes from. Write only what that page says.',
    '每条信息一行，并注明出处页面。只写该页面所述内容。',
    'Одна строка на каждое сведение, с указанием страницы-источника. Пишите только то, что сказано на этой странице.',
    'سطر واحد لكل معلومة مع الصفحة التي أُخذت منها. اكتب فقط ما تقوله تلك الصفحة.',
  ],
  seesPatients: ['A source says this doctor sees patients now', '有来源表明该医生目前接诊', 'Источник подтверждает, что врач сейчас принимает пациентов', 'يذكر مصدر أن الطبيب يستقبل المرضى حاليًا'],
  photoHelp: [
    'Only a photo the doctor or hospital has allowed us to use.',
    '仅使用医生本人或医院允许我们使用的照片。',
    'Только фотография, которую врач или больница разрешили использовать.',
    'فقط صورة سمح لنا الطبيب أو المستشفى باستخدامها.',
  ],
  specialties: ['Specialties', '专业方向', 'Специализация', 'التخصصات'],
  specialty: ['Specialty', '专业方向', 'Специализация', 'التخصص'],
  doctorConditions: ['Conditions treated', '诊治疾病', 'Заболевания, которые лечит', 'الحالات التي يعالجها'],
  doctorTherapies: ['Therapies', '治疗方法', 'Методы лечения', 'العلاجات'],
  spokenLanguages: ['Languages spoken with patients', '与患者沟通的语言', 'Языки общения с пациентами', 'لغات التواصل مع المرضى'],
  education: ['Education', '教育背景', 'Образование', 'التعليم'],
  memberships: ['Memberships', '学术任职', 'Членство в организациях', 'العضويات'],
  entry: ['Entry', '条目', 'Запись', 'البند'],
  photo: ['Photo', '照片', 'Фотография', 'الصورة'],
  factSource: ['Source', '来源', 'Источник', 'المصدر'],
  fact: ['Fact', '信息', 'Сведение', 'المعلومة'],
  doctorDepartment: ['Department', '科室', 'Отделение', 'القسم'],
  doctorHospital: ['Hospital', '医院', 'Больница', 'المستشفى'],
})
