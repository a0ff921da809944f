import type { HospitalSeed, L, Ref } from '@/seed/types'

// Facts and figures come only from the four source pages (see sources.ts): the IHCAMS profile,
// the West China paediatric division page, and the agency article with profiles of Beijing Cancer
// Hospital, Beijing Friendship Hospital and the Cancer Hospital CAMS. A figure keeps only the year
// its source attaches to it; the agency article attaches none to its hospital counts.
const source = (slug: string): Ref<'sources'> => ({ ref: 'sources', slug })
const profile = source('ihcams-profile')
const agencyArticle = source('agency-article-cancer-treatment-china')
const notStated = { stated: 'notStated' } as const

const adultAml: L = { en: 'Adults with acute myeloid leukaemia', zh: '成人急性髓系白血病患者', ru: 'Взрослые пациенты с острым миелоидным лейкозом', ar: 'البالغون المصابون بابيضاض الدم النقوي الحاد' }
const childAll: L = { en: 'Children with acute lymphoblastic leukaemia', zh: '儿童急性淋巴细胞白血病患者', ru: 'Дети с острым лимфобластным лейкозом', ar: 'الأطفال المصابون بابيضاض الدم الليمفاوي الحاد' }

const chinaCity = {
  tianjin: { en: 'Tianjin, China', zh: '中国天津市', ru: 'Тяньцзинь, Китай', ar: 'تيانجين، الصين' } satisfies L,
  beijing: { en: 'Beijing, China', zh: '中国北京市', ru: 'Пекин, Китай', ar: 'بكين، الصين' } satisfies L,
  chengdu: { en: 'Chengdu, Sichuan, China', zh: '中国四川省成都市', ru: 'Чэнду, провинция Сычуань, Китай', ar: 'تشنغدو، مقاطعة سيتشوان، الصين' } satisfies L,
}

const city = {
  tianjin: { en: 'Tianjin', zh: '天津', ru: 'Тяньцзинь', ar: 'تيانجين' } satisfies L,
  beijing: { en: 'Beijing', zh: '北京', ru: 'Пекин', ar: 'بكين' } satisfies L,
  chengdu: { en: 'Chengdu', zh: '成都', ru: 'Чэнду', ar: 'تشنغدو' } satisfies L,
}

const coordinatorNote: L = {
  en: 'The source we used does not describe a service for international patients. Please confirm language support and practical arrangements with our coordinators before you travel.',
  zh: '我们参考的资料未介绍该院面向国际患者的服务。出行前请先与我们的协调员确认语言支持及相关安排。',
  ru: 'В использованном нами источнике не описаны услуги для иностранных пациентов. Перед поездкой уточните языковую поддержку и практические детали у наших координаторов.',
  ar: 'لا يصف المصدر الذي اعتمدنا عليه خدمات مخصصة للمرضى الدوليين. يُرجى التأكد من الدعم اللغوي والترتيبات العملية مع منسقينا قبل السفر.',
}

export const hospitals: HospitalSeed[] = [
  {
    slug: 'ihcams-tianjin',
    name: {
      en: 'Institute of Hematology & Blood Diseases Hospital, Chinese Academy of Medical Sciences',
      zh: '中国医学科学院血液病医院（血液学研究所）',
      ru: 'Институт гематологии и больница болезней крови Китайской академии медицинских наук',
      ar: 'معهد أمراض الدم ومستشفى أمراض الدم، الأكاديمية الصينية للعلوم الطبية',
    },
    city: city.tianjin,
    kind: 'specialty',
    foundedYear: 1957,
    beds: 1500,
    clinicalCentres: 14,
    patientsPerYear: { qualifier: 'over', count: 300000, basis: 'treated', year: 2023 },
    factsSource: profile,
    summary: {
      en: 'A national research hospital for blood diseases in Tianjin, founded in 1957. It brings together patient care, laboratory research and teaching, with 14 clinical centres and 1,500 beds.',
      zh: '中国医学科学院血液病医院创建于1957年，位于天津，是国家级血液学研究型医院。医院设有14个临床中心、1500张床位，集临床诊疗、基础研究与人才培养于一体。',
      ru: 'Национальная исследовательская больница гематологического профиля в Тяньцзине, основанная в 1957 году. Объединяет лечение пациентов, научные исследования и подготовку специалистов: 14 клинических центров и 1500 коек.',
      ar: 'مستشفى بحثي وطني متخصص في أمراض الدم في مدينة تيانجين، تأسس عام 1957. يجمع بين رعاية المرضى والبحث العلمي والتعليم، ويضم 14 مركزًا سريريًا و1500 سرير.',
    },
    description: {
      rich: {
        en: [
          "Founded in 1957, the Institute of Hematology & Blood Diseases Hospital of the Chinese Academy of Medical Sciences (IHCAMS) in Tianjin is a national research hospital devoted to blood diseases. Patient care, basic research, medical education and the translation of discoveries into treatment are brought together in one institution.",
          'The hospital has 1,500 beds across 14 clinical centres, and in 2023 it diagnosed and treated more than 300,000 patients. Its teams care for adults and children with leukaemia, lymphoma, multiple myeloma, myelodysplastic syndromes, severe aplastic anaemia and immune thrombocytopenia, and the hospital performs stem cell transplants.',
          '## Research and national role',
          'IHCAMS is the base of the National Clinical Research Center for Blood Diseases, designated jointly by several national authorities in May 2019, and in 2023 it launched the National Key Laboratory of Blood Science. Research focuses on how blood-forming stem cells and abnormal blood cells are regulated and regenerate, on the molecular basis of the environment in which blood cells develop, and on prediction and precision medicine for blood diseases, with the aim of bringing laboratory findings to patients sooner.',
          "The hospital has helped to set national standards of care for several blood diseases. It led the standardisation of diagnosis and treatment of childhood acute lymphoblastic leukaemia in China, drew up practical guidelines for multiple myeloma, proposed a strategy for myelodysplastic syndromes based on data from Chinese patients and introduced the country's first bleeding score for immune thrombocytopenia. Its national hematopathology reference laboratory examines more than 20,000 bone marrow biopsies a year in cooperation with over 100 tertiary hospitals.",
        ],
        zh: [
          '中国医学科学院血液病医院（血液学研究所）创建于1957年，位于天津，是国家级血液学研究型医院。临床诊疗、基础研究、医学教育和成果转化在同一机构内协同开展。',
          '医院设有1500张床位和14个临床中心，2023年诊治患者逾30万。医院收治成人和儿童白血病、淋巴瘤、多发性骨髓瘤、骨髓增生异常综合征、重型再生障碍性贫血及免疫性血小板减少症等患者，并开展造血干细胞移植。',
          '## 科研与国家级平台',
          '医院是国家血液系统疾病临床医学研究中心的依托单位，该中心于2019年5月由国家多个部门联合认定；2023年，医院又启动建设血液科学全国重点实验室。研究重点包括造血干细胞及病理性血细胞的调控与再生、造血细胞生态系统的分子基础，以及血液相关疾病的预测与精准医学，力求让实验室成果更快惠及患者。',
          '医院长期致力于推动血液病诊疗的规范化：牵头推进我国儿童急性淋巴细胞白血病诊疗的标准化，制定多发性骨髓瘤诊疗实践指南，基于中国患者数据提出骨髓增生异常综合征诊断、分型、预后与治疗的新策略，并建立了国内首个免疫性血小板减少症出血评分体系。医院的国家级血液病理参比实验室每年接收骨髓活检标本逾2万例，与全国100余家三级医院开展合作。',
        ],
        ru: [
          'Институт гематологии и больница болезней крови Китайской академии медицинских наук (IHCAMS) в Тяньцзине, основанный в 1957 году, — национальная исследовательская больница, специализирующаяся на заболеваниях крови. Здесь в одном учреждении объединены лечение пациентов, фундаментальные исследования, подготовка врачей и внедрение научных результатов в клиническую практику.',
          'Больница располагает 1500 койками в 14 клинических центрах; в 2023 году здесь обследовали и пролечили более 300 000 пациентов. Специалисты лечат взрослых и детей с лейкозами, лимфомами, множественной миеломой, миелодиспластическими синдромами, тяжёлой апластической анемией и иммунной тромбоцитопенией, а также выполняют трансплантацию стволовых клеток.',
          '## Научная работа и роль в стране',
          'IHCAMS является базой Национального центра клинических исследований болезней крови, учреждённого рядом государственных ведомств в мае 2019 года, а в 2023 году здесь начала работу Национальная ключевая лаборатория науки о крови. Основные направления исследований — регуляция и регенерация гемопоэтических стволовых клеток и патологических клеток крови, молекулярные основы микроокружения кроветворных клеток, прогнозирование и прецизионная медицина при заболеваниях крови. Цель — быстрее переносить лабораторные открытия в лечение пациентов.',
          'Больница внесла значительный вклад в стандартизацию лечения ряда заболеваний крови в Китае: она возглавила работу по унификации диагностики и терапии острого лимфобластного лейкоза у детей, разработала практические рекомендации по множественной миеломе, предложила основанную на данных китайских пациентов стратегию ведения миелодиспластических синдромов и ввела первую в стране шкалу оценки кровоточивости при иммунной тромбоцитопении. Национальная референс-лаборатория гематопатологии ежегодно исследует более 20 000 биоптатов костного мозга и сотрудничает более чем со 100 больницами третьего уровня.',
        ],
        ar: [
          'تأسس معهد أمراض الدم ومستشفى أمراض الدم التابع للأكاديمية الصينية للعلوم الطبية (IHCAMS) عام 1957 في مدينة تيانجين، وهو مستشفى بحثي وطني متخصص في أمراض الدم. ويجمع تحت سقف واحد بين رعاية المرضى والبحوث الأساسية والتعليم الطبي وتحويل الاكتشافات العلمية إلى علاجات.',
          'يضم المستشفى 1500 سرير موزعة على 14 مركزًا سريريًا، وقد شُخّص فيه وعولج أكثر من 300 ألف مريض خلال عام 2023. وتتولى فرقه رعاية البالغين والأطفال المصابين بابيضاض الدم (اللوكيميا) واللمفوما والورم النقوي المتعدد ومتلازمات خلل التنسج النقوي وفقر الدم اللاتنسجي الشديد ونقص الصفيحات المناعي، كما يُجري المستشفى عمليات زرع الخلايا الجذعية.',
          '## البحث العلمي والدور الوطني',
          'يُعدّ المعهد مقرًّا للمركز الوطني للبحوث السريرية في أمراض الدم، الذي اعتمدته عدة جهات حكومية وطنية في مايو 2019، كما أطلق عام 2023 المختبر الوطني الرئيسي لعلوم الدم. وتتركز أبحاثه على تنظيم الخلايا الجذعية المكونة للدم والخلايا الدموية المرضية وتجددها، والأسس الجزيئية للبيئة التي تنمو فيها خلايا الدم، والتنبؤ بأمراض الدم والطب الدقيق، بهدف إيصال نتائج المختبر إلى المرضى في وقت أقصر.',
          'أسهم المستشفى في توحيد معايير تشخيص عدد من أمراض الدم وعلاجها في الصين؛ إذ قاد توحيد أسس تشخيص ابيضاض الدم الليمفاوي الحاد لدى الأطفال وعلاجه، ووضع إرشادات عملية للورم النقوي المتعدد، واقترح استراتيجية لمتلازمات خلل التنسج النقوي مبنية على بيانات المرضى الصينيين، واعتمد أول مقياس في البلاد لتقييم النزف لدى مرضى نقص الصفيحات المناعي. ويفحص المختبر المرجعي الوطني لعلم أمراض الدم أكثر من 20 ألف خزعة من نخاع العظم سنويًا بالتعاون مع أكثر من 100 مستشفى من المستوى الثالث.',
        ],
      },
    },
    // The profile's 'top-ranked for 14 and 11 years' names neither who ranked nor when: left out.
    nationalCentres: [
      { text: { en: 'National Clinical Research Center for Blood Diseases (designated 2019)', zh: '国家血液系统疾病临床医学研究中心（2019年认定）', ru: 'Национальный центр клинических исследований болезней крови (с 2019 года)', ar: 'المركز الوطني للبحوث السريرية في أمراض الدم (منذ 2019)' } },
      { text: { en: 'National Key Laboratory of Blood Science (launched 2023)', zh: '血液科学全国重点实验室（2023年启动建设）', ru: 'Национальная ключевая лаборатория науки о крови (открыта в 2023 году)', ar: 'المختبر الوطني الرئيسي لعلوم الدم (أُطلق عام 2023)' } },
      { text: { en: 'National hematopathology reference laboratory', zh: '国家级血液病理参比实验室', ru: 'Национальная референс-лаборатория гематопатологии', ar: 'المختبر المرجعي الوطني لعلم أمراض الدم' } },
    ],
    outcomes: [
      {
        measure: 'completeRemission',
        qualifier: 'nearly',
        value: 80,
        patientGroup: adultAml,
        timePoint: notStated,
        patients: notStated,
        period: notStated,
        source: profile,
      },
      {
        measure: 'overallSurvival',
        qualifier: 'over',
        value: 60,
        patientGroup: adultAml,
        timePoint: { stated: 'given', text: { en: '3 years', zh: '3年', ru: '3 года', ar: '3 سنوات' } },
        patients: notStated,
        period: notStated,
        source: profile,
      },
      {
        measure: 'completeRemission',
        qualifier: 'exact',
        value: 98,
        patientGroup: childAll,
        timePoint: notStated,
        patients: notStated,
        period: notStated,
        source: profile,
      },
      {
        measure: 'eventFreeSurvival',
        qualifier: 'exact',
        value: 85,
        patientGroup: childAll,
        timePoint: { stated: 'given', text: { en: '5 years', zh: '5年', ru: '5 лет', ar: '5 سنوات' } },
        patients: notStated,
        period: notStated,
        source: profile,
      },
      {
        measure: 'longTermSurvival',
        qualifier: 'exact',
        value: 70,
        patientGroup: { en: 'Patients with acute leukaemia after autologous stem cell transplantation', zh: '接受自体造血干细胞移植的急性白血病患者', ru: 'Пациенты с острым лейкозом после аутологичной трансплантации гемопоэтических стволовых клеток', ar: 'مرضى ابيضاض الدم الحاد بعد الزرع الذاتي للخلايا الجذعية المكونة للدم' },
        // "Long-term" is all the profile says: no number of years.
        timePoint: notStated,
        patients: notStated,
        period: notStated,
        source: profile,
      },
      {
        measure: 'diseaseFreeSurvival',
        qualifier: 'over',
        value: 90,
        patientGroup: { en: 'Patients with aplastic anaemia after allogeneic stem cell transplantation', zh: '接受异基因造血干细胞移植的再生障碍性贫血患者', ru: 'Пациенты с апластической анемией после аллогенной трансплантации гемопоэтических стволовых клеток', ar: 'مرضى فقر الدم اللاتنسجي بعد الزرع الخيفي للخلايا الجذعية المكونة للدم (من متبرع)' },
        timePoint: notStated,
        patients: notStated,
        period: notStated,
        source: profile,
      },
    ],
    internationalServices: {
      // The hospital's own profile (source 000) is published in English, with a Chinese site search.
      languages: ['en', 'zh'],
      notes: {
        en: 'IHCAMS publishes information about the hospital in English and Chinese. The source we used does not describe interpreter, visa or airport services, so please confirm language support and practical arrangements with our coordinators before you travel.',
        zh: '医院以中英文发布机构信息。我们参考的资料未提及翻译、签证或接机服务，出行前请先与我们的协调员确认语言支持及相关安排。',
        ru: 'Больница публикует информацию о себе на английском и китайском языках. В использованном нами источнике не упоминаются услуги переводчиков, визовая поддержка или встреча в аэропорту, поэтому перед поездкой уточните языковую поддержку и практические детали у наших координаторов.',
        ar: 'ينشر المستشفى معلومات عنه باللغتين الإنجليزية والصينية. ولا يذكر المصدر الذي اعتمدنا عليه خدمات الترجمة الفورية أو التأشيرة أو الاستقبال في المطار، لذا يُرجى التأكد من الدعم اللغوي والترتيبات العملية مع منسقينا قبل السفر.',
      },
    },
    location: { address: chinaCity.tianjin, latitude: 39.13, longitude: 117.2 },
    heroImage: {
      key: 'hospital-ihcams-tianjin',
      alt: {
        en: 'Abstract illustration of a hospital building on a deep blue to teal gradient, representing the Institute of Hematology & Blood Diseases Hospital in Tianjin',
        zh: '抽象插画：深蓝至青绿色渐变背景上的医院建筑图形，代表位于天津的中国医学科学院血液病医院',
        ru: 'Абстрактная иллюстрация: силуэт больничного здания на фоне градиента от тёмно-синего к бирюзовому — Институт гематологии и больница болезней крови в Тяньцзине',
        ar: 'رسم تجريدي لمبنى مستشفى على خلفية متدرجة من الأزرق الداكن إلى الأخضر المزرق، يمثل معهد أمراض الدم ومستشفى أمراض الدم في تيانجين',
      },
      colors: ['#1d4e6f', '#2a7a78'],
      motif: 'building',
    },
  },

  {
    slug: 'west-china-second-hospital',
    name: {
      en: 'West China Second University Hospital, Sichuan University',
      zh: '四川大学华西第二医院',
      ru: 'Вторая университетская больница Западного Китая Сычуаньского университета',
      ar: 'مستشفى غرب الصين الجامعي الثاني، جامعة سيتشوان',
    },
    city: city.chengdu,
    province: { en: 'Sichuan', zh: '四川省', ru: 'Сычуань', ar: 'سيتشوان' },
    kind: 'general',
    summary: {
      en: 'A Sichuan University hospital in Chengdu. Its paediatric haematology and oncology division, set up in 1973, has 80 beds including a laminar-flow ward for stem cell transplants, and admits about 200 new patients a year.',
      zh: '四川大学华西第二医院隶属于四川大学，位于成都。其儿童血液肿瘤专科始建于1973年，设有80张床位（含造血干细胞移植层流病房），每年收治新患者约200例。',
      ru: 'Больница Сычуаньского университета в Чэнду. Её отделение детской гематологии и онкологии, созданное в 1973 году, располагает 80 койками, включая палату с ламинарным потоком воздуха для трансплантации стволовых клеток, и принимает около 200 новых пациентов в год.',
      ar: 'مستشفى تابع لجامعة سيتشوان في مدينة تشنغدو. أُنشئ قسم أمراض الدم والأورام لدى الأطفال فيه عام 1973، ويضم 80 سريرًا، منها جناح بتدفق الهواء الصفائحي لزرع الخلايا الجذعية، ويستقبل نحو 200 مريض جديد سنويًا.',
    },
    description: {
      rich: {
        en: [
          'West China Second University Hospital is part of Sichuan University and is located in Chengdu, the capital of Sichuan Province. This profile concentrates on its Division of Pediatric Hematology and Oncology, the service most relevant to families of children with blood diseases or cancer.',
          '## Paediatric haematology and oncology',
          'The division was founded in 1973 within the Department of Pediatrics of the First University Hospital of what was then West China University of Medical Sciences. About 200 new patients are admitted each year to its two haematology wards and a laminar-flow ward for stem cell transplantation, with 80 beds in total.',
          'Doctors in the division diagnose and treat anaemia, bleeding disorders, leukaemia and solid tumours in children. It is the only institution in Sichuan Province qualified to perform stem cell transplants from unrelated donors, and has used this treatment for children with acute leukaemia, chronic myeloid leukaemia, thalassaemia major, severe aplastic anaemia, refractory lymphoma, neuroblastoma and rhabdomyosarcoma.',
          "The division trains master's and doctoral students and postdoctoral researchers, has studied iron metabolism in mothers, children and leukaemia since the early 1980s, and runs a provincial key laboratory for paediatric haematology and oncology that opened in 2007.",
        ],
        zh: [
          '四川大学华西第二医院隶属于四川大学，位于四川省省会成都。本页重点介绍医院的儿童血液肿瘤专科——对于患有血液病或肿瘤的儿童及其家庭而言，这是与之关系最密切的科室。',
          '## 儿童血液与肿瘤',
          '该专科始建于1973年，当时隶属于原华西医科大学附属第一医院儿科。专科设有两个血液病房和一个造血干细胞移植层流病房，共开放床位80张，每年收治新患者约200例。',
          '专科医生诊治儿童贫血、出血性疾病、白血病及恶性实体肿瘤。该专科是四川省唯一具备非血缘供者造血干细胞移植资质的医疗机构，已应用这一技术治疗急性白血病、慢性粒细胞白血病、重型地中海贫血、重型再生障碍性贫血、难治性淋巴瘤、神经母细胞瘤和横纹肌肉瘤等患儿。',
          '专科同时承担硕士、博士研究生及博士后培养工作；自20世纪80年代初起持续开展母婴及白血病相关的铁代谢研究，并设有2007年建立的儿童血液肿瘤省级重点实验室。',
        ],
        ru: [
          'Вторая университетская больница Западного Китая входит в структуру Сычуаньского университета и находится в Чэнду — административном центре провинции Сычуань. Этот профиль посвящён прежде всего отделению детской гематологии и онкологии — подразделению, наиболее важному для семей детей с заболеваниями крови и опухолями.',
          '## Детская гематология и онкология',
          'Отделение было основано в 1973 году при педиатрическом отделении Первой университетской больницы тогдашнего Западно-Китайского медицинского университета. Ежегодно сюда поступает около 200 новых пациентов. В отделении два гематологических стационара и трансплантационная палата с ламинарным потоком воздуха — всего 80 коек.',
          'Врачи отделения диагностируют и лечат у детей анемии, геморрагические заболевания, лейкозы и солидные опухоли. Это единственное учреждение в провинции Сычуань, имеющее право проводить трансплантацию стволовых клеток от неродственных доноров; такое лечение получали дети с острым лейкозом, хроническим миелолейкозом, большой талассемией, тяжёлой апластической анемией, рефрактерной лимфомой, нейробластомой и рабдомиосаркомой.',
          'Отделение готовит магистров, аспирантов и постдоков, с начала 1980-х годов изучает обмен железа у матерей и детей, а также при лейкозах, и располагает провинциальной ключевой лабораторией детской гематологии и онкологии, открытой в 2007 году.',
        ],
        ar: [
          'مستشفى غرب الصين الجامعي الثاني جزء من جامعة سيتشوان، ويقع في مدينة تشنغدو عاصمة مقاطعة سيتشوان. ويركز هذا التعريف على قسم أمراض الدم والأورام لدى الأطفال، وهو الأكثر صلة بالأسر التي لديها أطفال مصابون بأمراض الدم أو السرطان.',
          '## أمراض الدم والأورام لدى الأطفال',
          'أُسس القسم عام 1973 ضمن قسم طب الأطفال في المستشفى الجامعي الأول التابع لجامعة غرب الصين للعلوم الطبية آنذاك. ويستقبل القسم نحو 200 مريض جديد سنويًا في جناحين لأمراض الدم وجناح بتدفق الهواء الصفائحي لزرع الخلايا الجذعية، بإجمالي 80 سريرًا.',
          'يشخّص أطباء القسم ويعالجون فقر الدم واضطرابات النزف وابيضاض الدم والأورام الصلبة لدى الأطفال. وهو المؤسسة الوحيدة في مقاطعة سيتشوان المؤهلة لإجراء زرع الخلايا الجذعية من متبرعين غير أقارب، وقد استُخدم هذا العلاج لأطفال مصابين بابيضاض الدم الحاد، وابيضاض الدم النقوي المزمن، والثلاسيميا الكبرى، وفقر الدم اللاتنسجي الشديد، واللمفوما المعندة على العلاج، والورم الأرومي العصبي، والساركومة العضلية المخططة.',
          'كما يتولى القسم تدريب طلاب الماجستير والدكتوراه وباحثي ما بعد الدكتوراه، ويدرس استقلاب الحديد لدى الأمهات والأطفال وفي ابيضاض الدم منذ مطلع الثمانينيات، ويضم مختبرًا رئيسيًا على مستوى المقاطعة لأمراض الدم والأورام لدى الأطفال أُنشئ عام 2007.',
        ],
      },
    },
    internationalServices: {
      // Source 001 is the division's page in the hospital's English-language "For Patients" section.
      languages: ['en', 'zh'],
      notes: {
        en: 'The hospital publishes information about its paediatric haematology and oncology division in English as well as Chinese. The source does not describe interpreter, visa or airport services, so please confirm language support and practical arrangements with our coordinators before you travel.',
        zh: '医院以中英文介绍其儿童血液肿瘤专科。资料未提及翻译、签证或接机服务，出行前请先与我们的协调员确认语言支持及相关安排。',
        ru: 'Больница публикует информацию об отделении детской гематологии и онкологии на английском и китайском языках. Услуги переводчиков, визовая поддержка и встреча в аэропорту в источнике не упоминаются, поэтому перед поездкой уточните языковую поддержку и практические детали у наших координаторов.',
        ar: 'ينشر المستشفى معلومات عن قسم أمراض الدم والأورام لدى الأطفال باللغتين الإنجليزية والصينية. ولا يذكر المصدر خدمات الترجمة الفورية أو التأشيرة أو الاستقبال في المطار، لذا يُرجى التأكد من الدعم اللغوي والترتيبات العملية مع منسقينا قبل السفر.',
      },
    },
    location: { address: chinaCity.chengdu, latitude: 30.66, longitude: 104.07 },
    heroImage: {
      key: 'hospital-west-china-second',
      alt: {
        en: 'Abstract illustration of a hospital building on a forest green to sage gradient, representing West China Second University Hospital in Chengdu',
        zh: '抽象插画：墨绿至灰绿色渐变背景上的医院建筑图形，代表位于成都的四川大学华西第二医院',
        ru: 'Абстрактная иллюстрация: силуэт больничного здания на фоне градиента от тёмно-зелёного к шалфейному — Вторая университетская больница Западного Китая в Чэнду',
        ar: 'رسم تجريدي لمبنى مستشفى على خلفية متدرجة من الأخضر الداكن إلى الأخضر الرمادي، يمثل مستشفى غرب الصين الجامعي الثاني في تشنغدو',
      },
      colors: ['#24533f', '#4a7260'],
      motif: 'building',
    },
  },

  {
    slug: 'beijing-cancer-hospital',
    name: { en: 'Beijing Cancer Hospital', zh: '北京肿瘤医院', ru: 'Пекинская онкологическая больница', ar: 'مستشفى بكين للسرطان' },
    city: city.beijing,
    kind: 'specialty',
    beds: 790,
    factsSource: agencyArticle,
    summary: {
      en: 'A large specialist cancer hospital in Beijing with 790 beds, 26 clinical departments and 13 medical technology departments. Multidisciplinary teams treat a wide range of cancers, including malignant lymphoma.',
      zh: '北京肿瘤医院是北京一所大型肿瘤专科医院，设有790张床位、26个临床科室和13个医技科室。多学科团队诊治多种肿瘤，包括恶性淋巴瘤。',
      ru: 'Крупная специализированная онкологическая больница в Пекине: 790 коек, 26 клинических и 13 лечебно-диагностических отделений. Мультидисциплинарные команды лечат широкий спектр опухолей, включая злокачественные лимфомы.',
      ar: 'مستشفى تخصصي كبير لعلاج السرطان في بكين يضم 790 سريرًا و26 قسمًا سريريًا و13 قسمًا للتقنيات الطبية. وتعالج فرقه متعددة التخصصات طيفًا واسعًا من السرطانات، من بينها اللمفوما الخبيثة.',
    },
    description: {
      rich: {
        en: [
          "Beijing Cancer Hospital is a large specialist hospital for cancer research and treatment. It has 790 beds, 26 clinical departments and 13 medical technology departments, and treats cancers of the breast, lung, colon and rectum, liver, stomach and oesophagus, as well as malignant lymphoma, gynaecological, head and neck, urological and bone tumours, and melanoma.",
          'Care is organised around multidisciplinary groups for single diseases, including breast cancer, gastric cancer, liver cancer and lymphoma. Specialists from different departments plan treatment together, so that each patient receives a combined plan that follows standard protocols and is adapted to their situation.',
          '## Lymphoma care and clinical research',
          "The hospital's Department of Lymphoma & Hematologic Oncology diagnoses and treats malignant lymphoma. The hospital belongs to the national clinical pharmacology base: between 2000 and 2007 it completed 76 clinical trials, including 10 international multicentre trials.",
          "For people with advanced cancer, the hospital's hospice service, one of 20 in key hospitals across China that a national hospice programme of the Li Ka Shing Foundation supports, provides medical care and pain medication free of charge to help improve quality of life.",
        ],
        zh: [
          '北京肿瘤医院是一所大型肿瘤防治专科医院，设有790张床位、26个临床科室和13个医技科室，诊治乳腺癌、肺癌、结直肠癌、肝癌、胃癌、食管癌、恶性淋巴瘤、妇科肿瘤、头颈部肿瘤、泌尿系统肿瘤、骨肿瘤及黑色素瘤等多种肿瘤。',
          '医院倡导多学科协作，整合各科室资源，针对乳腺癌、胃癌、肝癌和淋巴瘤等单病种组建多学科协作组，由不同科室的专家共同制定方案，为患者提供规范化与个体化相结合的综合治疗。',
          '## 淋巴瘤诊疗与临床研究',
          '医院设有淋巴瘤与血液肿瘤科，负责恶性淋巴瘤的诊断和治疗。医院是国家临床药理基地成员单位，2000年至2007年间共完成76项临床试验，其中包括10项国际多中心临床试验。',
          '对于晚期肿瘤患者，医院的宁养服务是李嘉诚基金会“全国宁养医疗服务计划”在全国20家重点医院设立的服务机构之一，免费提供医疗服务和镇痛药物，帮助改善患者的生活质量。',
        ],
        ru: [
          'Пекинская онкологическая больница — крупная специализированная клиника в области исследования и лечения рака. Здесь 790 коек, 26 клинических и 13 лечебно-диагностических отделений; больница лечит рак молочной железы, лёгкого, толстой и прямой кишки, печени, желудка и пищевода, а также злокачественные лимфомы, гинекологические опухоли, опухоли головы и шеи, мочевыводящей системы, костей и меланому.',
          'Лечение организовано вокруг мультидисциплинарных групп по отдельным заболеваниям — в том числе по раку молочной железы, раку желудка, раку печени и лимфомам. Специалисты разных отделений вместе составляют план, чтобы каждый пациент получал комбинированное лечение по стандартным протоколам с учётом своей ситуации.',
          '## Лечение лимфом и клинические исследования',
          'Отделение лимфом и гематологической онкологии занимается диагностикой и лечением злокачественных лимфом. Больница также входит в национальную базу клинической фармакологии: с 2000 по 2007 год она завершила 76 клинических исследований, в том числе 10 международных многоцентровых.',
          'Для пациентов с распространённым раком работает хосписная служба — одна из 20 в ключевых больницах страны, поддерживаемых Национальной программой хосписной помощи Фонда Ли Ка-шина. Она бесплатно оказывает медицинскую помощь и обеспечивает обезболивание, чтобы улучшить качество жизни.',
        ],
        ar: [
          'مستشفى بكين للسرطان مستشفى تخصصي كبير في مجال أبحاث السرطان وعلاجه، ويضم 790 سريرًا و26 قسمًا سريريًا و13 قسمًا للتقنيات الطبية، ويعالج سرطانات الثدي والرئة والقولون والمستقيم والكبد والمعدة والمريء، إضافة إلى اللمفوما الخبيثة وأورام الجهاز التناسلي الأنثوي والرأس والعنق والجهاز البولي والعظام والورم الميلانيني.',
          'تُنظَّم الرعاية حول مجموعات متعددة التخصصات لأمراض بعينها، منها سرطان الثدي وسرطان المعدة وسرطان الكبد واللمفوما. ويضع أطباء من أقسام مختلفة خطة العلاج معًا، ليحصل كل مريض على علاج مشترك يتبع البروتوكولات المعتمدة ويراعي حالته الخاصة.',
          '## علاج اللمفوما والبحوث السريرية',
          'يتولى قسم الأورام اللمفاوية وأورام الدم في المستشفى تشخيص اللمفوما الخبيثة وعلاجها. كما أن المستشفى عضو في القاعدة الوطنية لعلم الأدوية السريري، وقد أكمل بين عامي 2000 و2007 ما مجموعه 76 تجربة سريرية، منها 10 تجارب دولية متعددة المراكز.',
          'ولمرضى السرطان المتقدم، توفر خدمة الرعاية التلطيفية في المستشفى، وهي واحدة من 20 خدمة في مستشفيات رئيسية في أنحاء الصين يدعمها البرنامج الوطني لرعاية المحتضرين التابع لمؤسسة لي كا شينغ، رعاية طبية وأدوية مسكنة للألم مجانًا بهدف تحسين جودة الحياة.',
        ],
      },
    },
    nationalCentres: [
      { text: { en: 'Part of the national clinical pharmacology base (clinical drug trials)', zh: '国家临床药理基地成员单位', ru: 'Член национальной базы клинической фармакологии (клинические исследования лекарств)', ar: 'عضو في القاعدة الوطنية لعلم الأدوية السريري (التجارب السريرية للأدوية)' } },
    ],
    internationalServices: { notes: coordinatorNote },
    location: { address: chinaCity.beijing, latitude: 39.9, longitude: 116.41 },
    heroImage: {
      key: 'hospital-beijing-cancer',
      alt: {
        en: 'Abstract illustration of a hospital building on a navy to steel blue gradient, representing Beijing Cancer Hospital',
        zh: '抽象插画：藏青至钢蓝色渐变背景上的医院建筑图形，代表北京肿瘤医院',
        ru: 'Абстрактная иллюстрация: силуэт больничного здания на фоне градиента от тёмно-синего к стальному — Пекинская онкологическая больница',
        ar: 'رسم تجريدي لمبنى مستشفى على خلفية متدرجة من الأزرق الداكن إلى الأزرق الفولاذي، يمثل مستشفى بكين للسرطان',
      },
      colors: ['#22405f', '#3b6685'],
      motif: 'building',
    },
  },

  {
    slug: 'beijing-friendship-hospital',
    name: {
      en: 'Beijing Friendship Hospital, Capital Medical University',
      zh: '首都医科大学附属北京友谊医院',
      ru: 'Пекинская больница Дружбы Столичного медицинского университета',
      ar: 'مستشفى بكين للصداقة، جامعة العاصمة الطبية',
    },
    city: city.beijing,
    kind: 'general',
    foundedYear: 1952,
    beds: 1256,
    patientsPerYear: { qualifier: 'over', count: 50000, basis: 'discharges' },
    factsSource: agencyArticle,
    summary: {
      en: 'A large general teaching hospital of Capital Medical University in Beijing, founded in 1952 with Soviet assistance. It has 1,256 inpatient beds and discharges more than 50,000 patients a year.',
      zh: '首都医科大学附属北京友谊医院是一所大型综合性教学医院，1952年在苏联援助下建立，现有住院床位1256张，年出院患者逾5万人次。',
      ru: 'Крупная многопрофильная клиническая больница Столичного медицинского университета в Пекине, основанная в 1952 году при содействии СССР. Располагает 1256 койками и ежегодно выписывает более 50 000 пациентов.',
      ar: 'مستشفى تعليمي عام كبير تابع لجامعة العاصمة الطبية في بكين، تأسس عام 1952 بمساعدة الاتحاد السوفيتي. يضم 1256 سريرًا للمرضى المقيمين، ويسجّل أكثر من 50 ألف حالة خروج سنويًا.',
    },
    description: {
      rich: {
        en: [
          'Beijing Friendship Hospital was founded in 1952 as the Beijing Soviet Red Cross Hospital, built with the help of the Soviet government and the Soviet Red Cross. It moved to its present site in 1954, was handed over to China in 1957 and received its current name in 1970.',
          'Today it is a large general hospital affiliated with Capital Medical University, with 2,800 staff, 1,256 inpatient beds and 43 clinical and medical-technical departments. It sees about 8,000 outpatients a day and discharges more than 50,000 patients a year.',
          '## Clinical strengths and research',
          'The profile names emergency care for infections, organ transplantation, and digestive, chronic liver and cardiovascular diseases among its areas of work. It houses the Beijing Clinical Research Institute and the Beijing Tropical Medicine Research Institute, trains undergraduate and postgraduate doctors, and cooperates with medical institutions in 23 countries and regions.',
          "The profile we used does not describe the hospital's haematology services in detail. Families considering treatment for a blood cancer here should ask our coordinators for current information about the relevant department.",
        ],
        zh: [
          '北京友谊医院前身为北京苏联红十字医院，1952年在苏联政府和苏联红十字会的援助下建立。医院于1954年迁至现址，1957年由苏联政府正式移交我国，1970年更名为北京友谊医院。',
          '如今，医院是首都医科大学附属的大型综合医院，拥有职工2800人、住院床位1256张、临床及医技科室43个，日门诊量约8000人次，年出院患者逾5万人次。',
          '## 临床优势与科研',
          '资料介绍的重点领域包括感染性疾病急救、器官移植，以及消化系统疾病、慢性肝病和心血管疾病的诊治。医院设有北京临床医学研究所和北京热带医学研究所，承担本科及研究生教学，并与23个国家和地区的医疗机构建立了合作关系。',
          '我们参考的资料未详细介绍该院的血液科服务。如考虑在此治疗血液肿瘤，请向我们的协调员了解相关科室的最新情况。',
        ],
        ru: [
          'Пекинская больница Дружбы была основана в 1952 году как Пекинская больница Советского Красного Креста при поддержке советского правительства и Общества Красного Креста СССР. В 1954 году она переехала на нынешнее место, в 1957 году была передана Китаю, а в 1970 году получила своё нынешнее название.',
          'Сегодня это крупная многопрофильная больница при Столичном медицинском университете: 2800 сотрудников, 1256 коек и 43 клинических и лечебно-диагностических отделения. Ежедневно здесь принимают около 8000 амбулаторных пациентов, а за год выписывают более 50 000 человек.',
          '## Клинические направления и научная работа',
          'В профиле среди направлений работы названы неотложная помощь при инфекционных заболеваниях, трансплантация органов, а также лечение болезней органов пищеварения, хронических заболеваний печени и сердечно-сосудистой системы. При больнице работают Пекинский институт клинических исследований и Пекинский институт тропической медицины; она обучает студентов и аспирантов и сотрудничает с медицинскими учреждениями 23 стран и регионов.',
          'В использованном нами профиле гематологическая служба больницы подробно не описана. Если вы рассматриваете лечение онкогематологического заболевания в этой больнице, запросите актуальную информацию о профильном отделении у наших координаторов.',
        ],
        ar: [
          'تأسس مستشفى بكين للصداقة عام 1952 باسم مستشفى الصليب الأحمر السوفيتي في بكين، بمساعدة الحكومة السوفيتية وجمعية الصليب الأحمر السوفيتية. وانتقل إلى موقعه الحالي عام 1954، ثم سُلِّم إلى الصين عام 1957، وحصل على اسمه الحالي عام 1970.',
          'وهو اليوم مستشفى عام كبير تابع لجامعة العاصمة الطبية، يعمل فيه 2800 موظف، ويضم 1256 سريرًا و43 قسمًا سريريًا وتقنيًا طبيًا. ويستقبل نحو 8000 مراجع في العيادات الخارجية يوميًا، ويسجّل أكثر من 50 ألف حالة خروج سنويًا.',
          '## المجالات السريرية البارزة والبحث العلمي',
          'ويذكر التعريف من بين مجالات عمل المستشفى علاج حالات العدوى الطارئة وزراعة الأعضاء، وتشخيص أمراض الجهاز الهضمي وأمراض الكبد المزمنة وأمراض القلب والأوعية الدموية وعلاجها. ويضم المستشفى معهد بكين للأبحاث السريرية ومعهد بكين لطب المناطق الحارة، ويتولى تعليم طلاب الطب في المرحلة الجامعية والدراسات العليا، ويتعاون مع مؤسسات طبية في 23 دولة ومنطقة.',
          'لا يتناول المصدر الذي اعتمدنا عليه خدمات أمراض الدم في المستشفى بالتفصيل. وإذا كنتم تفكرون في علاج سرطان دم هنا، فيُرجى طلب أحدث المعلومات عن القسم المختص من منسقينا.',
        ],
      },
    },
    rankings: [
      {
        text: { en: 'Passed the hospital grading assessment', zh: '通过医院等级评审', ru: 'Прошла аттестацию по категорийности больниц', ar: 'اجتاز تقييم تصنيف المستشفيات' },
        rankedBy: { en: 'Ministry of Health of China', zh: '原卫生部', ru: 'Министерство здравоохранения КНР', ar: 'وزارة الصحة الصينية' },
        year: 1991,
        source: agencyArticle,
      },
    ],
    internationalServices: {
      notes: {
        en: 'The hospital reports cooperation with medical institutions in 23 countries and regions and lists foreign guests among the people it serves. The source does not describe interpreter, visa or airport services; please confirm arrangements with our coordinators before you travel.',
        zh: '医院介绍其与23个国家和地区的医疗机构有合作关系，服务对象包括外宾。资料未提及翻译、签证或接机服务，出行前请先与我们的协调员确认相关安排。',
        ru: 'Больница сообщает о сотрудничестве с медицинскими учреждениями 23 стран и регионов и принимает в том числе иностранных граждан. Услуги переводчиков, визовая поддержка и встреча в аэропорту в источнике не упоминаются — уточните детали у наших координаторов до поездки.',
        ar: 'يفيد المستشفى بأنه يتعاون مع مؤسسات طبية في 23 دولة ومنطقة، وأن من بين من يخدمهم ضيوفًا أجانب. ولا يذكر المصدر خدمات الترجمة الفورية أو التأشيرة أو الاستقبال في المطار، لذا يُرجى التأكد من الترتيبات مع منسقينا قبل السفر.',
      },
    },
    location: { address: chinaCity.beijing, latitude: 39.9, longitude: 116.41 },
    heroImage: {
      key: 'hospital-beijing-friendship',
      alt: {
        en: 'Abstract illustration of a hospital building on a warm taupe to muted teal gradient, representing Beijing Friendship Hospital',
        zh: '抽象插画：暖灰褐至灰青色渐变背景上的医院建筑图形，代表北京友谊医院',
        ru: 'Абстрактная иллюстрация: силуэт больничного здания на фоне градиента от тёплого серо-коричневого к приглушённому бирюзовому — Пекинская больница Дружбы',
        ar: 'رسم تجريدي لمبنى مستشفى على خلفية متدرجة من البني الرمادي الدافئ إلى الأخضر المزرق الهادئ، يمثل مستشفى بكين للصداقة',
      },
      colors: ['#5b4a3c', '#2f5f62'],
      motif: 'building',
    },
  },

  {
    slug: 'cancer-hospital-cams',
    name: {
      en: 'Cancer Hospital, Chinese Academy of Medical Sciences',
      zh: '中国医学科学院肿瘤医院',
      ru: 'Онкологическая больница Китайской академии медицинских наук',
      ar: 'مستشفى السرطان التابع للأكاديمية الصينية للعلوم الطبية',
    },
    city: city.beijing,
    kind: 'specialty',
    foundedYear: 1958,
    // The article also gives more than 840,000 outpatient visits a year (see description).
    patientsPerYear: { qualifier: 'over', count: 53000, basis: 'discharges' },
    factsSource: agencyArticle,
    summary: {
      en: "A cancer hospital in Beijing, founded in 1958 and the supporting institution of China's National Cancer Center. It records more than 840,000 outpatient visits and over 53,000 discharges a year.",
      zh: '中国医学科学院肿瘤医院创建于1958年，位于北京，是国家癌症中心的依托单位，年门诊量逾84万人次，年出院患者逾5.3万人次。',
      ru: 'Онкологическая больница в Пекине, основанная в 1958 году, — базовое учреждение Национального онкологического центра Китая. Ежегодно здесь проводится более 840 000 амбулаторных приёмов и более 53 000 выписок.',
      ar: 'مستشفى لعلاج السرطان في بكين، تأسس عام 1958، وهو المؤسسة الداعمة للمركز الوطني للسرطان في الصين. ويستقبل أكثر من 840 ألف زيارة في العيادات الخارجية ويسجّل أكثر من 53 ألف حالة خروج سنويًا.',
    },
    description: {
      rich: {
        en: [
          "The Cancer Hospital of the Chinese Academy of Medical Sciences was founded in 1958 as Ritan Hospital. A cancer research institute was added in 1963, and in 1983 the hospital moved to its present site beside Longtan Lake in south-eastern Beijing. Today it is the supporting institution of China's National Cancer Center and combines basic cancer research with clinical care.",
          'Each year the hospital records more than 840,000 outpatient visits, over 53,000 discharges and more than 20,000 operations. Treatment options include surgery (with minimally invasive and endoscopic techniques), chemotherapy, radiotherapy on modern linear accelerators with intensity-modulated and image-guided techniques, and interventional therapy, supported by imaging such as PET-CT and 3T MRI. There are also dedicated services for cancer screening and early diagnosis.',
          '## Expertise and national role',
          'The hospital offers multidisciplinary, standardised treatment for many cancers, including malignant lymphoma as well as lung, oesophageal, breast, colorectal and liver cancer. Its specialists include 3 members of the Chinese Academy of Sciences and 4 members of the Chinese Academy of Engineering, and it hosts the National Cancer Clinical Medical Research Center and the national centre for quality control in standardised cancer diagnosis and treatment.',
          'It also supports the National Cancer Registry and national early-detection programmes, and has strategic cooperation agreements with institutions including the International Agency for Research on Cancer (IARC), the US National Cancer Institute, MD Anderson Cancer Center and Mayo Clinic, as well as partnerships with national cancer centres in several Asian countries.',
        ],
        zh: [
          '中国医学科学院肿瘤医院创建于1958年，前身为日坛医院。1963年增设肿瘤研究所，1983年迁至北京东南部龙潭湖畔现址。如今，医院是国家癌症中心的依托单位，集肿瘤基础研究与临床诊疗于一体。',
          '医院年门诊量逾84万人次，年出院患者逾5.3万人次，年手术量逾2万例。治疗手段涵盖外科手术（含微创和内镜治疗）、化疗、放疗（多台直线加速器可开展调强放疗和图像引导放疗）及介入治疗，并配有PET-CT、3T磁共振等先进影像设备。医院还设有肿瘤筛查与早诊专科。',
          '## 专业优势与国家级职能',
          '医院对恶性淋巴瘤以及肺癌、食管癌、乳腺癌、结直肠癌、肝癌等多种肿瘤开展多学科规范化综合治疗。医院专家团队中有中国科学院院士3人、中国工程院院士4人，并设有国家恶性肿瘤临床医学研究中心和国家肿瘤规范化诊治质控中心。',
          '医院还承担全国肿瘤登记及城乡癌症早诊早治等国家项目，并与国际癌症研究机构（IARC）、美国国家癌症研究所、MD安德森癌症中心、梅奥诊所等国际知名机构签署了战略合作协议，同时与亚洲多国的国家癌症中心建立了合作联盟。',
        ],
        ru: [
          'Онкологическая больница Китайской академии медицинских наук была основана в 1958 году под названием больница Ритань. В 1963 году при ней был создан онкологический научно-исследовательский институт, а в 1983 году больница переехала на нынешнее место у озера Лунтаньху на юго-востоке Пекина. Сегодня она является базовым учреждением Национального онкологического центра Китая и сочетает фундаментальные исследования с клинической помощью.',
          'Ежегодно здесь проводится более 840 000 амбулаторных приёмов, более 53 000 выписок и свыше 20 000 операций. Пациентам доступны хирургическое лечение (включая малоинвазивные и эндоскопические вмешательства), химиотерапия, лучевая терапия на современных линейных ускорителях с модуляцией интенсивности и визуальным контролем, а также интервенционные методы; диагностику обеспечивают, в частности, ПЭТ-КТ и МРТ 3 Тл. Работают и специализированные службы скрининга и ранней диагностики рака.',
          '## Профиль и роль в стране',
          'Больница проводит мультидисциплинарное стандартизированное лечение многих опухолей — в том числе злокачественных лимфом, а также рака лёгкого, пищевода, молочной железы, колоректального рака и рака печени. Среди специалистов — 3 академика Китайской академии наук и 4 академика Китайской инженерной академии. Здесь расположены Национальный центр клинических исследований злокачественных опухолей и Национальный центр контроля качества стандартизированной диагностики и лечения рака.',
          'Больница также обеспечивает работу национального ракового регистра и государственных программ ранней диагностики, заключила соглашения о стратегическом сотрудничестве с Международным агентством по изучению рака (IARC), Национальным институтом рака США, онкологическим центром MD Anderson и клиникой Мэйо и сотрудничает с национальными онкологическими центрами ряда стран Азии.',
        ],
        ar: [
          'تأسس مستشفى السرطان التابع للأكاديمية الصينية للعلوم الطبية عام 1958 باسم مستشفى ريتان. وأُضيف إليه معهد لأبحاث السرطان عام 1963، ثم انتقل عام 1983 إلى موقعه الحالي على ضفاف بحيرة لونغتان جنوب شرقي بكين. وهو اليوم المؤسسة الداعمة للمركز الوطني للسرطان في الصين، ويجمع بين البحوث الأساسية في السرطان والرعاية السريرية.',
          'يستقبل المستشفى سنويًا أكثر من 840 ألف زيارة في العيادات الخارجية، ويسجّل أكثر من 53 ألف حالة خروج، ويُجري أكثر من 20 ألف عملية جراحية. وتشمل خيارات العلاج الجراحة (بما فيها الإجراءات طفيفة التوغل والتنظيرية)، والعلاج الكيميائي، والعلاج الإشعاعي بمسرّعات خطية حديثة تتيح تعديل شدة الإشعاع والتوجيه بالصور، والعلاج التداخلي، مع أجهزة تصوير متقدمة مثل التصوير المقطعي بالإصدار البوزيتروني والرنين المغناطيسي بقوة 3 تسلا. ويضم المستشفى أيضًا أقسامًا متخصصة للكشف المبكر عن السرطان وتشخيصه.',
          '## الخبرات والدور الوطني',
          'يقدّم المستشفى علاجًا متعدد التخصصات وموحّد المعايير لكثير من السرطانات، ومنها اللمفوما الخبيثة وسرطانات الرئة والمريء والثدي والقولون والمستقيم والكبد. ويضم فريقه 3 أعضاء في الأكاديمية الصينية للعلوم و4 أعضاء في الأكاديمية الصينية للهندسة، كما يحتضن المركز الوطني للبحوث السريرية في الأورام الخبيثة والمركز الوطني لضبط جودة التشخيص والعلاج الموحّد للسرطان.',
          'ويتولى المستشفى كذلك دعم السجل الوطني للسرطان وبرامج الكشف المبكر الوطنية، ووقّع اتفاقيات تعاون استراتيجي مع مؤسسات دولية منها الوكالة الدولية لأبحاث السرطان (IARC) والمعهد الوطني للسرطان في الولايات المتحدة ومركز إم دي أندرسون للسرطان ومايو كلينك، إلى جانب شراكات مع المراكز الوطنية للسرطان في عدد من الدول الآسيوية.',
        ],
      },
    },
    nationalCentres: [
      { text: { en: '5 national key disciplines and 3 national key clinical specialties', zh: '5个国家重点学科、3个国家临床重点专科', ru: '5 национальных ключевых дисциплин и 3 национальные ключевые клинические специальности', ar: '5 تخصصات أكاديمية وطنية رئيسية و3 تخصصات سريرية وطنية رئيسية' } },
      { text: { en: 'Supporting institution of the National Cancer Center', zh: '国家癌症中心依托单位', ru: 'Базовое учреждение Национального онкологического центра', ar: 'المؤسسة الداعمة للمركز الوطني للسرطان' } },
      { text: { en: 'National Cancer Clinical Medical Research Center', zh: '国家恶性肿瘤临床医学研究中心', ru: 'Национальный центр клинических исследований злокачественных опухолей', ar: 'المركز الوطني للبحوث السريرية في الأورام الخبيثة' } },
      { text: { en: 'National Quality Control Center for Standardised Cancer Diagnosis and Treatment', zh: '国家肿瘤规范化诊治质控中心', ru: 'Национальный центр контроля качества стандартизированной диагностики и лечения рака', ar: 'المركز الوطني لضبط جودة التشخيص والعلاج الموحّد للسرطان' } },
      { text: { en: 'National drug clinical research centre certified by the State Food and Drug Administration', zh: '经国家食品药品监督管理局认证的国家药物临床研究中心', ru: 'Национальный центр клинических исследований лекарственных средств, сертифицированный Государственным управлением по контролю за продуктами и лекарствами', ar: 'مركز وطني للبحوث السريرية للأدوية معتمد من الإدارة الحكومية للأغذية والأدوية' } },
      { text: { en: 'Supporting institution of the National Cancer Registry Center', zh: '全国肿瘤登记中心依托单位', ru: 'Базовое учреждение Национального центра ракового регистра', ar: 'المؤسسة الداعمة للمركز الوطني لتسجيل السرطان' } },
      { text: { en: '1 national key laboratory', zh: '1个国家重点实验室', ru: '1 государственная ключевая лаборатория', ar: 'مختبر وطني رئيسي واحد' } },
    ],
    internationalServices: {
      notes: {
        en: 'The hospital trains international students and has cooperation agreements with cancer institutions abroad, but the source does not describe a service for international patients. Please confirm language support and practical arrangements with our coordinators before you travel.',
        zh: '医院接收国际学员，并与多家境外肿瘤机构开展合作，但我们参考的资料未介绍面向国际患者的服务。出行前请先与我们的协调员确认语言支持及相关安排。',
        ru: 'Больница обучает иностранных студентов и сотрудничает с зарубежными онкологическими учреждениями, однако в источнике не описаны услуги для иностранных пациентов. Перед поездкой уточните языковую поддержку и практические детали у наших координаторов.',
        ar: 'يستقبل المستشفى طلابًا دوليين ويتعاون مع مؤسسات للسرطان خارج الصين، غير أن المصدر لا يصف خدمات مخصصة للمرضى الدوليين. يُرجى التأكد من الدعم اللغوي والترتيبات العملية مع منسقينا قبل السفر.',
      },
    },
    location: { address: chinaCity.beijing, latitude: 39.9, longitude: 116.41 },
    heroImage: {
      key: 'hospital-cancer-hospital-cams',
      alt: {
        en: 'Abstract illustration of a hospital building on a midnight blue to deep teal gradient, representing the Cancer Hospital of the Chinese Academy of Medical Sciences in Beijing',
        zh: '抽象插画：午夜蓝至深青色渐变背景上的医院建筑图形，代表位于北京的中国医学科学院肿瘤医院',
        ru: 'Абстрактная иллюстрация: силуэт больничного здания на фоне градиента от полуночно-синего к глубокому бирюзовому — Онкологическая больница Китайской академии медицинских наук в Пекине',
        ar: 'رسم تجريدي لمبنى مستشفى على خلفية متدرجة من الأزرق الليلي إلى الأخضر المزرق الداكن، يمثل مستشفى السرطان التابع للأكاديمية الصينية للعلوم الطبية في بكين',
      },
      colors: ['#1c3654', '#24615f'],
      motif: 'building',
    },
  },
]
