import type { DepartmentSeed } from '@/seed/types'

// Facts come only from the source pages (see sources.ts): the IHCAMS profile, the West China
// paediatric division page and the agency article (Beijing Cancer Hospital). Numeric fields are
// set only where a source gives the figure, and then with that source.

export const departments: DepartmentSeed[] = [
  {
    slug: 'pediatric-hematology-oncology',
    hospital: { ref: 'hospitals', slug: 'west-china-second-hospital' },
    name: { en: 'Division of Pediatric Hematology and Oncology', zh: '儿童血液肿瘤专科', ru: 'Отделение детской гематологии и онкологии', ar: 'قسم أمراض الدم والأورام لدى الأطفال' },
    summary: {
      en: "Founded in 1973, the division cares for children with blood diseases and cancers, with 80 beds, a laminar-flow transplant ward and about 200 new patients a year. By its own account, it is the only institution in Sichuan qualified for unrelated-donor stem cell transplants.",
      zh: '该专科创建于1973年，诊治患有血液病和肿瘤的儿童，设有80张床位和造血干细胞移植层流病房，每年收治新患者约200例。据其介绍，该专科是四川省唯一具备非血缘供者造血干细胞移植资质的医疗机构。',
      ru: 'Отделение, основанное в 1973 году, лечит детей с болезнями крови и опухолями: 80 коек, трансплантационная палата с ламинарным потоком воздуха и около 200 новых пациентов в год. По собственным данным, это единственное учреждение в Сычуани, имеющее право на трансплантацию стволовых клеток от неродственных доноров.',
      ar: 'تأسس القسم عام 1973، ويعالج الأطفال المصابين بأمراض الدم والأورام، ويضم 80 سريرًا وجناحًا لزرع الخلايا الجذعية بتدفق الهواء الصفائحي، ويستقبل نحو 200 مريض جديد سنويًا. وبحسب ما يذكره، فهو المؤسسة الوحيدة في سيتشوان المؤهلة لزرع الخلايا الجذعية من متبرعين غير أقارب.',
    },
    specialties: [
      { text: { en: 'Diagnosis and treatment of anaemia and bleeding disorders in children', zh: '儿童贫血及出血性疾病的诊治', ru: 'Диагностика и лечение анемий и геморрагических заболеваний у детей', ar: 'تشخيص فقر الدم واضطرابات النزف لدى الأطفال وعلاجها' } },
      { text: { en: 'Childhood leukaemia and malignant solid tumours', zh: '儿童白血病及恶性实体肿瘤', ru: 'Лейкозы и злокачественные солидные опухоли у детей', ar: 'ابيضاض الدم والأورام الصلبة الخبيثة لدى الأطفال' } },
      { text: { en: 'Haematopoietic stem cell transplantation, including from unrelated donors', zh: '造血干细胞移植（含非血缘供者移植）', ru: 'Трансплантация гемопоэтических стволовых клеток, в том числе от неродственных доноров', ar: 'زرع الخلايا الجذعية المكونة للدم، بما في ذلك من متبرعين غير أقارب' } },
      { text: { en: 'Research on iron metabolism in children and in leukaemia', zh: '儿童及白血病铁代谢研究', ru: 'Исследования обмена железа у детей и при лейкозах', ar: 'أبحاث استقلاب الحديد لدى الأطفال وفي ابيضاض الدم' } },
    ],
    staff: { professors: 12, associateProfessors: 3, attendingDoctors: 3, residents: 3, nurses: 35 },
    // Two haematology wards plus one laminar-flow HSCT ward (200 m²).
    wards: 3,
    beds: 80,
    // The source says "about two hundred new patients every year".
    newPatientsPerYear: 200,
    newPatientsQualifier: 'about',
    factsSource: { ref: 'sources', slug: 'west-china-pediatric-division' },
    diseasesTreated: [
      { text: { en: 'Anaemia', zh: '贫血', ru: 'Анемии', ar: 'فقر الدم' } },
      { text: { en: 'Bleeding (haemorrhagic) disorders', zh: '出血性疾病', ru: 'Геморрагические заболевания', ar: 'اضطرابات النزف' } },
      { text: { en: 'Acute leukaemia', zh: '急性白血病', ru: 'Острый лейкоз', ar: 'ابيضاض الدم الحاد' } },
      { text: { en: 'Chronic myeloid (granulocytic) leukaemia', zh: '慢性粒细胞白血病', ru: 'Хронический миелолейкоз', ar: 'ابيضاض الدم النقوي المزمن' } },
      { text: { en: 'Thalassaemia major', zh: '重型地中海贫血', ru: 'Большая талассемия', ar: 'الثلاسيميا الكبرى' } },
      { text: { en: 'Severe aplastic anaemia', zh: '重型再生障碍性贫血', ru: 'Тяжёлая апластическая анемия', ar: 'فقر الدم اللاتنسجي الشديد' } },
      { text: { en: 'Refractory lymphoma', zh: '难治性淋巴瘤', ru: 'Рефрактерная лимфома', ar: 'اللمفوما المعندة على العلاج' } },
      { text: { en: 'Neuroblastoma', zh: '神经母细胞瘤', ru: 'Нейробластома', ar: 'الورم الأرومي العصبي' } },
      { text: { en: 'Rhabdomyosarcoma', zh: '横纹肌肉瘤', ru: 'Рабдомиосаркома', ar: 'الساركومة العضلية المخططة' } },
      { text: { en: 'Other malignant solid tumours', zh: '其他恶性实体肿瘤', ru: 'Другие злокачественные солидные опухоли', ar: 'أورام صلبة خبيثة أخرى' } },
    ],
    research: {
      rich: {
        en: [
          '## A long tradition of iron-metabolism research',
          'In the early 1980s, Professor Liao Qingkui and Professor Luo Chunhua began a series of studies on iron deficiency and iron metabolism in mothers and newborns around the time of birth. The team completed the first epidemiological survey of iron deficiency in Chinese children and examined how the deficiency affects the function of different organs.',
          "By studying how transferrin, ferritin and the transferrin receptor carry iron from mother to fetus, the team proposed the 'unselfish-but-limited' theory: a pregnant woman with severe iron deficiency still passes iron to her baby, but only up to a point. This revised the earlier view that the mother's iron status does not affect the fetus. The work was funded by the National Natural Science Foundation of China and other national and provincial programmes and has received nearly 20 awards, including a third prize of the National Science and Technology Progress Award.",
          'Building on this, the division now studies disordered iron metabolism in leukaemia and in anaemia of chronic disease, seeking to clarify the molecular causes of childhood leukaemia and to explore treatments that act on iron-metabolism pathways. Its work on abnormal iron metabolism in leukaemia received a first prize for medical science in Sichuan Province in 2009.',
          "The division also trains master's and doctoral students and postdoctoral researchers, with five doctoral and five master's supervisors.",
        ],
        zh: [
          '## 铁代谢研究的长期积累',
          '20世纪80年代初，廖清奎教授和罗春华教授开始开展围产期母婴缺铁及铁代谢系列研究，完成了我国首次儿童缺铁流行病学调查，并研究了缺铁对多个器官功能的影响。',
          '团队深入研究了转铁蛋白、铁蛋白和转铁蛋白受体在母胎铁转运中的作用，提出“有限无私论”：孕母即使严重缺铁，仍会向胎儿供铁，但供给能力有限。这一理论修正了“孕母铁状况不影响胎儿铁代谢”的传统观点。相关研究获得国家自然科学基金等国家及省部级项目资助，先后获国家科技进步三等奖等奖项近20项。',
          '在此基础上，专科进一步研究白血病及慢性病贫血中的铁代谢紊乱，力求阐明儿童白血病的分子发病机制，并探索以铁代谢通路为靶点的白血病治疗新策略。白血病铁代谢异常及其意义的研究于2009年获四川省医学科技一等奖。',
          '专科同时承担硕士、博士研究生和博士后培养工作，现有博士生导师5名、硕士生导师5名。',
        ],
        ru: [
          '## Многолетние исследования обмена железа',
          'В начале 1980-х годов профессора Ляо Цинкуй и Ло Чуньхуа начали серию исследований дефицита железа и обмена железа у матери и ребёнка в перинатальном периоде. Коллектив провёл первое в Китае эпидемиологическое исследование дефицита железа у детей и изучил его влияние на функцию различных органов.',
          'Изучая роль трансферрина, ферритина и рецептора трансферрина в переносе железа от матери к плоду, исследователи сформулировали теорию «бескорыстного, но ограниченного» обеспечения: беременная с тяжёлым дефицитом железа продолжает снабжать плод железом, но лишь в определённых пределах. Это опровергло прежнее представление о том, что запасы железа у матери не влияют на плод. Работы получили финансирование Национального фонда естественных наук Китая и других государственных и провинциальных программ и были отмечены почти 20 наградами, включая третью премию Государственной премии за научно-технический прогресс.',
          'Сегодня отделение изучает нарушения обмена железа при лейкозах и анемии хронических заболеваний, стремясь прояснить молекулярные механизмы развития детского лейкоза и найти подходы к лечению, воздействующие на пути метаболизма железа. В 2009 году исследование нарушений обмена железа при лейкозе удостоено первой премии провинции Сычуань в области медицинских наук.',
          'Отделение также готовит магистров, аспирантов и постдоков: в нём работают пять научных руководителей докторских и пять — магистерских программ.',
        ],
        ar: [
          '## تاريخ طويل في أبحاث استقلاب الحديد',
          'في مطلع الثمانينيات، بدأ البروفيسوران لياو تشينغكوي ولوه تشونهوا سلسلة من الدراسات حول نقص الحديد واستقلابه لدى الأم والطفل في الفترة المحيطة بالولادة. وأنجز الفريق أول مسح وبائي لنقص الحديد لدى الأطفال في الصين، ودرس تأثير هذا النقص في وظائف الأعضاء المختلفة.',
          'ومن خلال دراسة دور الترانسفيرين والفيريتين ومستقبل الترانسفيرين في نقل الحديد من الأم إلى الجنين، اقترح الفريق نظرية «الإيثار المحدود»: فالحامل المصابة بنقص شديد في الحديد تواصل إمداد جنينها بالحديد، ولكن إلى حد معين فقط. وقد صحّحت هذه النظرية الرأي السائد بأن مخزون الحديد لدى الأم لا يؤثر في الجنين. وحظيت هذه الأبحاث بتمويل من المؤسسة الوطنية للعلوم الطبيعية في الصين وبرامج وطنية وإقليمية أخرى، ونالت قرابة 20 جائزة، منها الجائزة الثالثة لجائزة الدولة للتقدم العلمي والتكنولوجي.',
          'وانطلاقًا من ذلك، يدرس القسم حاليًا اضطرابات استقلاب الحديد في ابيضاض الدم وفقر الدم المصاحب للأمراض المزمنة، سعيًا إلى توضيح الآليات الجزيئية لنشوء ابيضاض الدم لدى الأطفال واستكشاف علاجات تستهدف مسارات استقلاب الحديد. وفي عام 2009 نال بحثه حول اضطراب استقلاب الحديد في ابيضاض الدم الجائزة الأولى للعلوم الطبية في مقاطعة سيتشوان.',
          'ويتولى القسم أيضًا تدريب طلاب الماجستير والدكتوراه وباحثي ما بعد الدكتوراه، ويضم خمسة مشرفين على رسائل الدكتوراه وخمسة على رسائل الماجستير.',
        ],
      },
    },
    laboratory: {
      rich: {
        en: [
          "Opened in 2007, the Laboratory of Pediatric Hematology and Oncology is a key laboratory of Sichuan Province and is supported by the Ministry of Health's programme for the development of key specialties.",
          'Its modern equipment supports basic and clinical research in cell morphology, immunology, cytogenetics, molecular biology and cell biology, the same disciplines that underpin the precise diagnosis and classification of childhood blood diseases.',
        ],
        zh: [
          '儿童血液肿瘤实验室建于2007年，是四川省重点实验室，并获原卫生部重点专科建设项目支持。',
          '实验室配备先进的现代化设备，可开展细胞形态学、免疫学、细胞遗传学、分子生物学和细胞生物学等方面的基础与临床研究，这些学科也是儿童血液病精准诊断和分型的基础。',
        ],
        ru: [
          'Лаборатория детской гематологии и онкологии создана в 2007 году. Она имеет статус ключевой лаборатории провинции Сычуань и поддерживается программой Министерства здравоохранения по развитию ключевых специальностей.',
          'Современное оборудование позволяет вести фундаментальные и клинические исследования в области цитоморфологии, иммунологии, цитогенетики, молекулярной и клеточной биологии — тех дисциплин, на которых основаны точная диагностика и классификация болезней крови у детей.',
        ],
        ar: [
          'أُنشئ مختبر أمراض الدم والأورام لدى الأطفال عام 2007، وهو مختبر رئيسي على مستوى مقاطعة سيتشوان، ويحظى بدعم برنامج وزارة الصحة لتطوير التخصصات الرئيسية.',
          'ويتيح تجهيزه الحديث إجراء أبحاث أساسية وسريرية في علم أشكال الخلايا والمناعة وعلم الوراثة الخلوية والبيولوجيا الجزيئية وبيولوجيا الخلية، وهي المجالات نفسها التي يقوم عليها التشخيص والتصنيف الدقيقان لأمراض الدم لدى الأطفال.',
        ],
      },
    },
  },

  {
    slug: 'hematopathology-laboratory',
    hospital: { ref: 'hospitals', slug: 'ihcams-tianjin' },
    name: { en: 'National Hematopathology Reference Laboratory', zh: '国家级血液病理参比实验室', ru: 'Национальная референс-лаборатория гематопатологии', ar: 'المختبر المرجعي الوطني لعلم أمراض الدم' },
    summary: {
      en: 'A national reference laboratory for blood and bone marrow pathology within the IHCAMS Department of Pathology and Laboratory Medicine. It examines more than 20,000 bone marrow biopsies a year and works with over 100 tertiary hospitals across China.',
      zh: '国家级血液病理参比实验室设在中国医学科学院血液病医院病理与检验医学部，每年检测骨髓活检标本逾2万例，与全国100余家三级医院合作开展标本收集。',
      ru: 'Национальная референс-лаборатория патологии крови и костного мозга в составе отдела патологии и лабораторной медицины IHCAMS. Ежегодно исследует более 20 000 биоптатов костного мозга и сотрудничает более чем со 100 больницами третьего уровня по всему Китаю.',
      ar: 'مختبر مرجعي وطني لعلم أمراض الدم ونخاع العظم ضمن قسم علم الأمراض والطب المخبري في IHCAMS، يفحص أكثر من 20 ألف خزعة من نخاع العظم سنويًا ويتعاون مع أكثر من 100 مستشفى من المستوى الثالث في أنحاء الصين.',
    },
    specialties: [
      { text: { en: 'Assessment of bone marrow biopsies', zh: '骨髓活检病理诊断', ru: 'Исследование биоптатов костного мозга', ar: 'فحص خزعات نخاع العظم' } },
      { text: { en: 'Clinical laboratory testing for hospitals across China', zh: '面向全国的临床检验服务', ru: 'Клинические лабораторные исследования для больниц по всему Китаю', ar: 'فحوص مخبرية سريرية للمستشفيات في أنحاء الصين' } },
      { text: { en: 'Sample-collection network with more than 100 tertiary hospitals', zh: '与100余家三级医院合作的标本收集网络', ru: 'Сеть сбора образцов с участием более 100 больниц третьего уровня', ar: 'شبكة لجمع العينات تضم أكثر من 100 مستشفى من المستوى الثالث' } },
    ],
    laboratory: {
      rich: {
        en: [
          "IHCAMS established the hematopathology laboratory as a national reference laboratory; it operates within the hospital's Department of Pathology and Laboratory Medicine.",
          'It receives more than 20,000 bone marrow biopsies every year. More than 100 tertiary hospitals across China work with the laboratory to collect samples, and it provides clinical laboratory testing nationwide.',
          'For patients, a careful reading of the bone marrow is the starting point of treatment: it confirms the type of blood disease and helps doctors choose and monitor therapy.',
        ],
        zh: [
          '中国医学科学院血液病医院将血液病理实验室建设为国家级参比实验室，实验室设在医院病理与检验医学部。',
          '实验室每年接收骨髓活检标本逾2万例，与全国100余家三级医院合作开展标本收集，并面向全国提供临床检验服务。',
          '对患者而言，准确判读骨髓是治疗的起点：它能明确血液病的类型，帮助医生选择治疗方案并监测疗效。',
        ],
        ru: [
          'IHCAMS создал лабораторию гематопатологии как национальную референс-лабораторию; она работает в составе отдела патологии и лабораторной медицины больницы.',
          'Ежегодно сюда поступает более 20 000 биоптатов костного мозга. Более 100 больниц третьего уровня по всей стране сотрудничают с лабораторией в сборе образцов, а сама лаборатория выполняет клинические исследования для всего Китая.',
          'Для пациента точная оценка костного мозга — отправная точка лечения: она подтверждает тип заболевания крови и помогает врачам выбрать терапию и контролировать её эффективность.',
        ],
        ar: [
          'أنشأ IHCAMS مختبر علم أمراض الدم بوصفه مختبرًا مرجعيًا وطنيًا، ويعمل ضمن قسم علم الأمراض والطب المخبري في المستشفى.',
          'يستقبل المختبر أكثر من 20 ألف خزعة من نخاع العظم سنويًا، ويتعاون معه أكثر من 100 مستشفى من المستوى الثالث في أنحاء الصين في جمع العينات، كما يقدّم فحوصًا مخبرية سريرية على المستوى الوطني.',
          'وبالنسبة إلى المريض، تُعد القراءة الدقيقة لنخاع العظم نقطة الانطلاق في العلاج؛ فهي تحدد نوع مرض الدم وتساعد الأطباء على اختيار العلاج ومتابعة فعاليته.',
        ],
      },
    },
  },

  // No 'stem cell transplantation centre' here: the IHCAMS profile reports transplant results but
  // names no such department, so those figures stay with the hospital's outcomes.
  {
    slug: 'lymphoma-hematologic-oncology',
    hospital: { ref: 'hospitals', slug: 'beijing-cancer-hospital' },
    name: { en: 'Department of Lymphoma & Hematologic Oncology', zh: '淋巴瘤与血液肿瘤科', ru: 'Отделение лимфом и гематологической онкологии', ar: 'قسم الأورام اللمفاوية وأورام الدم' },
    summary: {
      en: "A department for the diagnosis and treatment of malignant lymphoma. It works within the hospital's multidisciplinary lymphoma group.",
      zh: '该科负责恶性淋巴瘤的诊断和治疗，并依托医院的淋巴瘤多学科协作组开展诊疗。',
      ru: 'Отделение занимается диагностикой и лечением злокачественных лимфом и работает в составе мультидисциплинарной группы больницы по лимфомам.',
      ar: 'قسم يتولى تشخيص اللمفوما الخبيثة وعلاجها، ويعمل ضمن المجموعة متعددة التخصصات للمفوما في المستشفى.',
    },
    specialties: [
      { text: { en: 'Diagnosis and treatment of malignant lymphoma', zh: '恶性淋巴瘤的诊断与治疗', ru: 'Диагностика и лечение злокачественных лимфом', ar: 'تشخيص اللمفوما الخبيثة وعلاجها' } },
      { text: { en: 'Multidisciplinary treatment planning with other departments', zh: '与其他科室协作的多学科综合治疗', ru: 'Мультидисциплинарное планирование лечения совместно с другими отделениями', ar: 'التخطيط العلاجي متعدد التخصصات بالتعاون مع الأقسام الأخرى' } },
    ],
    diseasesTreated: [{ text: { en: 'Malignant lymphoma', zh: '恶性淋巴瘤', ru: 'Злокачественные лимфомы', ar: 'اللمفوما الخبيثة' } }],
  },
]
