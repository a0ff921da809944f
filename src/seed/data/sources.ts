import type { SourceSeed } from '@/seed/types'

/**
 * The four public pages the demo content is drawn from, as citations. None of the stored copies
 * shows its web address or a publication date, and nobody recorded the day they were read, so
 * the seed gives no URL and no dates: pages show "undated" and "access date not recorded".
 * Titles describe each page; the agency and the FAQ's hospital are not named in the copies.
 */
export const sources: SourceSeed[] = [
  {
    slug: 'ihcams-profile',
    title: {
      en: 'Institute of Hematology & Blood Diseases Hospital, CAMS: profile, history and achievements',
      zh: '中国医学科学院血液病医院（血液学研究所）：医院简介、历史与成就',
      ru: 'Институт гематологии и больница болезней крови КАМН: о больнице, история и достижения',
      ar: 'معهد أمراض الدم ومستشفى أمراض الدم، الأكاديمية الصينية للعلوم الطبية: نبذة وتاريخ وإنجازات',
    },
    publisher: {
      en: 'Institute of Hematology & Blood Diseases Hospital, CAMS (Tianjin)',
      zh: '中国医学科学院血液病医院（天津）',
      ru: 'Институт гематологии и больница болезней крови КАМН (Тяньцзинь)',
      ar: 'معهد أمراض الدم ومستشفى أمراض الدم، الأكاديمية الصينية للعلوم الطبية (تيانجين)',
    },
    kind: 'hospitalPage',
  },
  {
    slug: 'west-china-pediatric-division',
    title: {
      en: 'Division of Pediatric Hematology and Oncology (departments and services page)',
      zh: '儿童血液肿瘤专科（科室与服务页面）',
      ru: 'Отделение детской гематологии и онкологии (страница отделений и служб)',
      ar: 'قسم أمراض الدم والأورام لدى الأطفال (صفحة الأقسام والخدمات)',
    },
    publisher: {
      en: 'West China Second University Hospital, Sichuan University',
      zh: '四川大学华西第二医院',
      ru: 'Вторая университетская больница Западного Китая Сычуаньского университета',
      ar: 'مستشفى غرب الصين الجامعي الثاني، جامعة سيتشوان',
    },
    kind: 'hospitalPage',
  },
  {
    slug: 'agency-article-cancer-treatment-china',
    title: {
      en: 'Article on cancer treatment in China, with hospital profiles and a patient’s CAR-T trial',
      zh: '关于在中国治疗癌症的文章（含医院介绍及一名患者参加CAR-T试验的经历）',
      ru: 'Статья о лечении рака в Китае: профили больниц и участие пациента в исследовании CAR-T',
      ar: 'مقال عن علاج السرطان في الصين، يتضمن نبذًا عن مستشفيات وقصة مريض شارك في تجربة CAR-T',
    },
    publisher: {
      en: 'A medical-tourism agency (not named in the copy we hold)',
      zh: '一家医疗旅游中介机构（我们保存的版本未注明名称）',
      ru: 'Агентство медицинского туризма (в имеющейся у нас копии не названо)',
      ar: 'وكالة سياحة علاجية (لم يُذكر اسمها في النسخة المتوفرة لدينا)',
    },
    kind: 'agencyArticle',
  },
  {
    slug: 'hospital-faq-car-t-bmt',
    title: {
      en: 'Frequently asked questions on CAR-T cell therapy and blood and marrow transplantation',
      zh: '关于CAR-T细胞疗法和血液与骨髓移植的常见问题',
      ru: 'Вопросы и ответы о CAR-T-клеточной терапии и трансплантации крови и костного мозга',
      ar: 'أسئلة شائعة عن العلاج بخلايا CAR-T وزرع الدم ونخاع العظم',
    },
    publisher: {
      en: 'International patient service of a Chinese hospital (not named in the copy we hold)',
      zh: '某中国医院国际医疗部（我们保存的版本未注明医院名称）',
      ru: 'Международная служба одной из китайских больниц (в имеющейся у нас копии больница не названа)',
      ar: 'قسم خدمات المرضى الدوليين في أحد المستشفيات الصينية (لم يُذكر اسم المستشفى في النسخة المتوفرة لدينا)',
    },
    kind: 'faq',
  },
]
