import type { Ref, TherapySeed } from '@/seed/types'

/**
 * Therapies. Facts and figures come only from the source pages (see sources.ts): the IHCAMS
 * profile, the agency article and the hospital FAQ; everything else is general medical
 * background. No prices: no source gives any, so the pages say so and point to the inquiry form.
 * A hospital is linked to a therapy only by an offeredAt row whose source names it.
 */

const condition = (slug: string): Ref<'conditions'> => ({ ref: 'conditions', slug })
const hospital = (slug: string): Ref<'hospitals'> => ({ ref: 'hospitals', slug })
const source = (slug: string): Ref<'sources'> => ({ ref: 'sources', slug })
const faq = source('hospital-faq-car-t-bmt')
const profile = source('ihcams-profile')
const agencyArticle = source('agency-article-cancer-treatment-china')
const westChina = source('west-china-pediatric-division')
const notStated = { stated: 'notStated' } as const

/** The hospital behind the FAQ is not named in the copy we hold. */
const faqHospital = {
  en: 'A Chinese hospital’s international patient service (the hospital is not named in the source)',
  zh: '某中国医院的国际医疗部（来源未注明医院名称）',
  ru: 'Международная служба одной из китайских больниц (больница в источнике не названа)',
  ar: 'قسم خدمات المرضى الدوليين في أحد المستشفيات الصينية (لم يُذكر اسم المستشفى في المصدر)',
}

const carT: TherapySeed = {
  slug: 'car-t-cell-therapy',
  name: { en: 'CAR-T cell therapy', zh: 'CAR-T细胞疗法', ru: 'CAR-T-клеточная терапия', ar: 'العلاج بخلايا CAR-T' },
  category: 'cellTherapy',
  summary: {
    en: "CAR-T cell therapy reprogrammes a patient's own immune cells so that they recognise and attack cancer cells. In the Chinese programme described here it is given within clinical trials to people whose B-cell acute lymphoblastic leukaemia, B-cell lymphoma or multiple myeloma has relapsed or stopped responding to chemotherapy. The whole programme takes about 6–8 weeks.",
    zh: 'CAR-T细胞疗法通过对患者自身的免疫细胞进行改造，使其能够识别并攻击癌细胞。在本文介绍的中国项目中，该疗法以临床试验的形式开展，面向化疗后复发或对化疗无效的B细胞急性淋巴细胞白血病、B细胞淋巴瘤和多发性骨髓瘤患者。整个疗程约需6–8周。',
    ru: 'CAR-T-клеточная терапия перепрограммирует собственные иммунные клетки пациента, чтобы они распознавали и уничтожали опухолевые клетки. В описанной китайской программе её проводят в рамках клинических исследований при B-клеточном остром лимфобластном лейкозе, B-клеточной лимфоме и множественной миеломе с рецидивом или рефрактерностью после химиотерапии. Вся программа занимает около 6–8 недель.',
    ar: 'يعتمد العلاج بخلايا CAR-T على إعادة برمجة الخلايا المناعية للمريض نفسه لتتعرّف على الخلايا السرطانية وتهاجمها. وفي البرنامج الصيني المعروض هنا يُقدَّم هذا العلاج ضمن تجارب سريرية لمرضى ابيضاض الدم الليمفاوي الحاد من الخلايا البائية واللمفوما بالخلايا البائية والورم النقوي المتعدد ممن انتكس مرضهم أو لم يستجب للعلاج الكيميائي. ويستغرق البرنامج كاملًا نحو 6 إلى 8 أسابيع.',
  },
  howItWorks: {
    rich: {
      en: [
        'T cells are white blood cells that normally help the body fight infection. In CAR-T therapy, doctors collect some of the patient’s T cells and, in a laboratory, give them a new gene. The gene makes each cell carry a chimeric antigen receptor (CAR) — a receptor designed to recognise one particular marker on the surface of the tumour cells.',
        'When the modified cells are infused back into the bloodstream, they seek out cells carrying that marker and destroy them, and they can keep multiplying inside the body. Shortly before the infusion, a brief course of chemotherapy lowers the number of existing lymphocytes so that the new cells have room to expand.',
        'The concept was first developed by the Israeli scientist Zelig Eshhar in the 1980s, and China now runs a large number of CAR-T clinical trials. The international service of one Chinese hospital reports that it has completed about 300 CAR-T clinical trials since 2015 for relapsed or refractory B-cell acute lymphoblastic leukaemia, B-cell lymphoma and multiple myeloma, published the results of its first 51 patients in the Journal of Leukemia in 2017, and has seen an overall complete-remission rate above 90%.',
        'A high remission rate does not mean the disease cannot return: the risk of relapse remains. For B-cell acute lymphoblastic leukaemia, the same FAQ says that studies point to a bone marrow transplant after CAR-T — a “bridge” to transplant — as a way to improve long-term results further. Your doctors will discuss whether this applies to you.',
      ],
      zh: [
        'T细胞是一类白细胞，平时帮助机体抵御感染。在CAR-T治疗中，医生先采集患者的一部分T细胞，在实验室中为其导入一个新的基因，使细胞表面表达嵌合抗原受体（CAR）。这种受体经过专门设计，能够识别肿瘤细胞表面的某一种特定标志物。',
        '改造后的细胞回输到患者血液中后，会主动寻找带有该标志物的细胞并将其清除，而且能够在体内持续增殖。回输前不久，患者需要接受一个短疗程的化疗，以减少体内原有的淋巴细胞，为新细胞的扩增腾出空间。',
        '这一设想最早由以色列科学家Zelig Eshhar于20世纪80年代提出，目前中国开展的CAR-T临床试验数量众多。一家中国医院的国际医疗部介绍，该院自2015年以来已针对复发或难治性B细胞急性淋巴细胞白血病、B细胞淋巴瘤和多发性骨髓瘤完成约300例CAR-T临床试验，2017年在《Journal of Leukemia》上发表了最初51例的结果，总体完全缓解率超过90%。',
        '完全缓解率高并不代表疾病不会复发，复发风险依然存在。对于B细胞急性淋巴细胞白血病，该问答页面提到，研究显示在CAR-T治疗后桥接骨髓移植，可能进一步改善远期疗效。是否适合您，医生会与您详细讨论。',
      ],
      ru: [
        'T-лимфоциты — это белые клетки крови, которые в норме помогают организму бороться с инфекциями. При CAR-T-терапии врачи забирают часть T-клеток пациента и в лаборатории вводят в них новый ген. Благодаря ему на поверхности каждой клетки появляется химерный антигенный рецептор (CAR) — рецептор, созданный для распознавания определённого маркера на поверхности опухолевых клеток.',
        'После обратного введения в кровоток модифицированные клетки находят клетки с этим маркером и уничтожают их, а также могут размножаться в организме. Незадолго до инфузии проводят короткий курс химиотерапии, который снижает число собственных лимфоцитов и освобождает место для размножения новых клеток.',
        'Идею впервые разработал израильский учёный Зелиг Эшхар в 1980-х годах; сегодня в Китае проводится большое число клинических исследований CAR-T. Международная служба одной из китайских больниц сообщает, что с 2015 года там завершено около 300 клинических исследований CAR-T при рецидивирующем или рефрактерном B-клеточном остром лимфобластном лейкозе, B-клеточной лимфоме и множественной миеломе; первые 51 случай были опубликованы в Journal of Leukemia в 2017 году, а общая частота полной ремиссии превысила 90%.',
        'Высокая частота ремиссий не означает, что болезнь не может вернуться: риск рецидива сохраняется. При B-клеточном остром лимфобластном лейкозе, как сказано в тех же вопросах и ответах, исследования показывают, что трансплантация костного мозга после CAR-T («мост» к трансплантации) может дополнительно улучшить отдалённые результаты. Подходит ли это вам, обсудит лечащий врач.',
      ],
      ar: [
        'الخلايا التائية نوع من خلايا الدم البيضاء تساعد الجسم عادةً على مقاومة العدوى. وفي العلاج بخلايا CAR-T يجمع الأطباء جزءًا من الخلايا التائية للمريض، ثم يُدخلون إليها في المختبر جينًا جديدًا يجعل كل خلية تحمل على سطحها مستقبِلًا خيميريًا للمستضد (CAR)، وهو مستقبِل مصمَّم للتعرّف على علامة محددة موجودة على سطح الخلايا الورمية.',
        'وعندما تُعاد الخلايا المعدَّلة إلى مجرى الدم، تبحث عن الخلايا التي تحمل تلك العلامة وتقضي عليها، ويمكنها أن تواصل التكاثر داخل الجسم. وقبل التسريب بوقت قصير يتلقى المريض جرعات قصيرة من العلاج الكيميائي تُقلّل عدد الخلايا الليمفاوية الموجودة، لإفساح المجال أمام الخلايا الجديدة كي تتكاثر.',
        'طوّر العالِم الإسرائيلي زيليغ إيشهار هذه الفكرة لأول مرة في ثمانينيات القرن الماضي، وتُجري الصين اليوم عددًا كبيرًا من التجارب السريرية على علاج CAR-T. ويفيد قسم الخدمات الدولية في أحد المستشفيات الصينية بأنه أتمّ منذ عام 2015 نحو 300 تجربة سريرية لعلاج CAR-T لحالات ابيضاض الدم الليمفاوي الحاد من الخلايا البائية واللمفوما بالخلايا البائية والورم النقوي المتعدد المنتكسة أو المقاومة للعلاج، ونشر نتائج أول 51 حالة في مجلة Journal of Leukemia عام 2017، وأن معدل الهدأة الكاملة الإجمالي تجاوز 90%.',
        'لا يعني ارتفاع معدل الهدأة أن المرض لا يمكن أن يعود، إذ يبقى خطر الانتكاس قائمًا. وفي حالات ابيضاض الدم الليمفاوي الحاد من الخلايا البائية، تذكر صفحة الأسئلة الشائعة نفسها أن الدراسات تشير إلى أن الانتقال إلى زرع نخاع العظم بعد علاج CAR-T، أي استخدامه «جسرًا» إلى الزرع، قد يحسّن النتائج على المدى الطويل. وسيناقش معك أطباؤك مدى انطباق ذلك على حالتك.',
      ],
    },
  },
  conditions: [condition('acute-lymphoblastic-leukemia'), condition('b-cell-lymphoma'), condition('multiple-myeloma')],
  eligibility: [
    { text: { en: 'B-cell acute lymphoblastic leukaemia, B-cell lymphoma or multiple myeloma that has relapsed after chemotherapy or has not responded to it.', zh: '化疗后复发或对化疗无效的B细胞急性淋巴细胞白血病、B细胞淋巴瘤或多发性骨髓瘤。', ru: 'B-клеточный острый лимфобластный лейкоз, B-клеточная лимфома или множественная миелома с рецидивом после химиотерапии или без ответа на неё.', ar: 'ابيضاض الدم الليمفاوي الحاد من الخلايا البائية أو اللمفوما بالخلايا البائية أو الورم النقوي المتعدد، إذا انتكس المرض بعد العلاج الكيميائي أو لم يستجب له.' } },
    { text: { en: 'Tests confirm that the cancer cells carry the marker the CAR-T cells are designed to target.', zh: '检测证实肿瘤细胞表达CAR-T细胞所针对的靶标。', ru: 'Анализы подтверждают, что опухолевые клетки несут маркер, на который нацелены CAR-T-клетки.', ar: 'أن تؤكد الفحوص أن الخلايا السرطانية تحمل العلامة التي صُمّمت خلايا CAR-T لاستهدافها.' } },
    { text: { en: 'Heart, lung, liver and kidney function and general condition good enough to cope with possible side effects.', zh: '心、肺、肝、肾功能及整体身体状况足以耐受可能出现的不良反应。', ru: 'Функция сердца, лёгких, печени и почек и общее состояние позволяют перенести возможные побочные эффекты.', ar: 'أن تكون وظائف القلب والرئتين والكبد والكليتين والحالة العامة جيدة بما يكفي لتحمّل الآثار الجانبية المحتملة.' } },
    { text: { en: 'No active infection that is out of control.', zh: '无未控制的活动性感染。', ru: 'Отсутствие активной неконтролируемой инфекции.', ar: 'عدم وجود عدوى نشطة غير مسيطر عليها.' } },
    { text: { en: 'Able to stay near the treating hospital, with a family member or carer, for the whole programme of about 6–8 weeks.', zh: '能够在家属或陪护人员陪同下，在治疗医院附近停留约6–8周，完成全部疗程。', ru: 'Возможность находиться рядом с клиникой вместе с родственником или сопровождающим на протяжении всей программы — около 6–8 недель.', ar: 'القدرة على البقاء بالقرب من المستشفى المعالِج، برفقة أحد أفراد الأسرة أو مرافق، طوال مدة البرنامج البالغة نحو 6 إلى 8 أسابيع.' } },
    { text: { en: 'Meeting the entry criteria of the specific clinical trial; the final decision rests with the trial team.', zh: '符合具体临床试验的入组标准，最终由试验团队决定。', ru: 'Соответствие критериям включения конкретного клинического исследования; окончательное решение принимает исследовательская группа.', ar: 'استيفاء معايير الاشتراك في التجربة السريرية المعنية، ويعود القرار النهائي إلى فريق التجربة.' } },
  ],
  offeredAt: [
    {
      providerNote: faqHospital,
      status: 'clinicalTrial',
      trialPhase: 'notStated',
      note: {
        en: 'The FAQ offers CAR-T only within clinical trials, for multiple myeloma, B-ALL or B-cell lymphoma that has relapsed or is refractory. It gives no trial registry, trial number or phase.',
        zh: '该问答页面仅以临床试验形式提供CAR-T治疗，对象为复发或难治性B-ALL、B细胞淋巴瘤和多发性骨髓瘤患者，未注明试验注册平台、注册号或分期。',
        ru: 'В вопросах и ответах CAR-T предлагается только в рамках клинических исследований — при рецидивирующем или рефрактерном B-ОЛЛ, B-клеточной лимфоме и множественной миеломе. Реестр, номер и фаза исследования не указаны.',
        ar: 'لا تعرض صفحة الأسئلة الشائعة علاج CAR-T إلا ضمن تجارب سريرية، لحالات ابيضاض الدم الليمفاوي الحاد من الخلايا البائية واللمفوما بالخلايا البائية والورم النقوي المتعدد المنتكسة أو المقاومة للعلاج، ولا تذكر سجل التجربة ولا رقمها ولا مرحلتها.',
      },
      source: faq,
    },
    {
      providerNote: {
        en: 'A trial of a Chinese company, Gracell Biotechnology (the treating hospital is not named in the source)',
        zh: '中国企业亘喜生物（Gracell Biotechnology）开展的试验（来源未注明治疗医院）',
        ru: 'Исследование китайской компании Gracell Biotechnology (больница, где шло лечение, в источнике не названа)',
        ar: 'تجربة لشركة صينية هي Gracell Biotechnology (لم يُذكر في المصدر اسم المستشفى الذي جرى فيه العلاج)',
      },
      status: 'clinicalTrial',
      trialPhase: 'notStated',
      note: {
        en: 'The agency article calls the CAR-T treatment it describes an experimental gene therapy that was being tested in a trial. It gives no registry, trial number or phase.',
        zh: '该中介文章称其介绍的CAR-T治疗是一种正在试验中的实验性基因疗法，未注明注册平台、试验注册号或分期。',
        ru: 'Статья агентства называет описанное в ней лечение CAR-T экспериментальной генной терапией, которая проходила испытания. Реестр, номер и фаза исследования не указаны.',
        ar: 'يصف مقال الوكالة علاج CAR-T الذي يتناوله بأنه علاج جيني تجريبي كان قيد الاختبار في تجربة، ولا يذكر السجل ولا رقم التجربة ولا مرحلتها.',
      },
      source: agencyArticle,
    },
  ],
  journey: [
    {
      title: { en: 'Assessment and eligibility check', zh: '入组评估', ru: 'Обследование и оценка соответствия критериям', ar: 'التقييم والتحقق من الأهلية' },
      description: { en: 'Review of medical records, blood and bone-marrow tests, scans, and heart and lung checks to confirm that CAR-T is suitable and safe.', zh: '审阅病历，完善血液和骨髓检查、影像学检查及心肺功能评估，确认CAR-T治疗适合且安全。', ru: 'Изучение медицинской документации, анализы крови и костного мозга, визуализация, проверка сердца и лёгких, чтобы убедиться, что CAR-T подходит и безопасна.', ar: 'مراجعة السجلات الطبية وإجراء فحوص الدم ونخاع العظم والتصوير وفحوص القلب والرئتين للتأكد من أن علاج CAR-T مناسب وآمن.' },
      min: 5, max: 7, unit: 'days',
    },
    {
      title: { en: 'Cell collection (leukapheresis)', zh: '细胞采集（白细胞单采）', ru: 'Сбор клеток (лейкаферез)', ar: 'جمع الخلايا (فصل الكريات البيضاء)' },
      description: { en: 'Blood is drawn through a line, a machine separates out the white cells and the rest is returned. It feels much like a long blood donation.', zh: '血液经管路引出，由血细胞分离机分离出白细胞，其余成分回输体内，过程类似一次时间较长的献血。', ru: 'Кровь забирают через катетер, аппарат отделяет лейкоциты, а остальное возвращает обратно. По ощущениям это похоже на длительную сдачу крови.', ar: 'يُسحب الدم عبر أنبوب، ويفصل جهاز خاص الكريات البيضاء ثم يُعيد باقي الدم إلى الجسم، والإحساس يشبه تبرعًا طويلًا بالدم.' },
      min: 1, max: 2, unit: 'days',
    },
    {
      title: { en: 'Manufacturing the CAR-T cells', zh: 'CAR-T细胞制备', ru: 'Производство CAR-T-клеток', ar: 'تصنيع خلايا CAR-T' },
      description: { en: 'In the laboratory the T cells are modified and multiplied. Some patients receive “bridging” treatment during this time to keep the disease under control.', zh: 'T细胞在实验室中完成基因改造和扩增。在此期间，部分患者需要接受“桥接”治疗以控制病情。', ru: 'В лаборатории T-клетки модифицируют и размножают. В это время некоторым пациентам проводят «бридж-терапию», чтобы держать болезнь под контролем.', ar: 'تُعدَّل الخلايا التائية وتُكثَّر في المختبر، وقد يتلقى بعض المرضى خلال هذه الفترة علاجًا «جسريًا» لإبقاء المرض تحت السيطرة.' },
      min: 10, max: 14, unit: 'days',
    },
    {
      title: { en: 'Lymphodepleting chemotherapy', zh: '清淋化疗', ru: 'Лимфодеплетирующая химиотерапия', ar: 'العلاج الكيميائي المستنفد للمفاويات' },
      description: { en: 'A short course of low-dose chemotherapy reduces the existing lymphocytes so that the CAR-T cells can expand.', zh: '短疗程、低剂量化疗，减少体内原有淋巴细胞，为CAR-T细胞扩增创造条件。', ru: 'Короткий курс химиотерапии в невысоких дозах уменьшает число собственных лимфоцитов, чтобы CAR-T-клетки могли размножиться.', ar: 'جرعات قصيرة ومنخفضة من العلاج الكيميائي تُقلّل الخلايا الليمفاوية الموجودة حتى تتمكن خلايا CAR-T من التكاثر.' },
      min: 3, max: 4, unit: 'days',
    },
    {
      title: { en: 'CAR-T infusion', zh: 'CAR-T细胞回输', ru: 'Инфузия CAR-T-клеток', ar: 'تسريب خلايا CAR-T' },
      description: { en: 'The cells are given through a drip, much like a blood transfusion; the infusion itself is short.', zh: '细胞经静脉输注回体内，过程类似输血，所需时间不长。', ru: 'Клетки вводят через капельницу, как при переливании крови; сама процедура недолгая.', ar: 'تُعطى الخلايا عبر التنقيط الوريدي على نحو يشبه نقل الدم، ولا يستغرق التسريب نفسه وقتًا طويلًا.' },
      min: 1, max: 1, unit: 'days',
    },
    {
      title: { en: 'Close monitoring in hospital', zh: '住院密切观察', ru: 'Наблюдение в стационаре', ar: 'المراقبة الدقيقة في المستشفى' },
      description: { en: 'Doctors watch for fever, changes in blood pressure, confusion and other signs of side effects, which most often appear in the first one to two weeks.', zh: '医生密切观察发热、血压变化、意识改变等不良反应征象，这些反应多出现在回输后的头一两周内。', ru: 'Врачи следят за температурой, давлением, спутанностью сознания и другими признаками побочных эффектов, которые чаще всего появляются в первые одну-две недели.', ar: 'يراقب الأطباء الحمّى وتغيّرات ضغط الدم والتشوش الذهني وغيرها من علامات الآثار الجانبية، التي تظهر غالبًا خلال الأسبوع الأول أو الثاني.' },
      min: 2, max: 2, unit: 'weeks',
    },
    {
      title: { en: 'Response check and follow-up plan', zh: '疗效评估与随访安排', ru: 'Оценка ответа и план наблюдения', ar: 'تقييم الاستجابة وخطة المتابعة' },
      description: { en: 'Blood and bone-marrow tests show how the disease has responded. Doctors plan the next steps, such as a transplant, and hand over to your home team for long-term follow-up.', zh: '通过血液和骨髓检查评估疗效；医生制定后续方案（如移植），并与您当地的医疗团队做好长期随访的交接。', ru: 'Анализы крови и костного мозга показывают ответ на лечение. Врачи планируют дальнейшие шаги, например трансплантацию, и передают информацию вашим врачам дома для долгосрочного наблюдения.', ar: 'تُظهر فحوص الدم ونخاع العظم مدى استجابة المرض، ويضع الأطباء الخطوات التالية، كالزرع مثلًا، ثم يسلّمون المتابعة طويلة الأمد إلى فريقك الطبي في بلدك.' },
      min: 10, max: 14, unit: 'days',
    },
  ],
  totalDuration: { min: 6, max: 8, unit: 'weeks' },
  outcomes: [
    {
      measure: 'completeRemission',
      qualifier: 'over',
      value: 90,
      patientGroup: {
        en: 'Patients with relapsed or refractory B-ALL, B-cell lymphoma or multiple myeloma in one Chinese hospital’s CAR-T clinical trials',
        zh: '某中国医院CAR-T临床试验中的复发或难治性B-ALL、B细胞淋巴瘤及多发性骨髓瘤患者',
        ru: 'Пациенты с рецидивирующим или рефрактерным B-ОЛЛ, B-клеточной лимфомой или множественной миеломой в клинических исследованиях CAR-T одной из китайских больниц',
        ar: 'مرضى ابيضاض الدم الليمفاوي الحاد من الخلايا البائية واللمفوما بالخلايا البائية والورم النقوي المتعدد المنتكسة أو المقاومة للعلاج، في تجارب CAR-T السريرية بأحد المستشفيات الصينية',
      },
      // The FAQ gives the rate as "overall", with no number of patients and no period attached.
      timePoint: notStated,
      patients: notStated,
      period: notStated,
      source: faq,
    },
  ],
  risks: [
    { title: { en: 'Cytokine release syndrome (CRS)', zh: '细胞因子释放综合征（CRS）', ru: 'Синдром высвобождения цитокинов (СВЦ)', ar: 'متلازمة إطلاق السيتوكينات (CRS)' }, description: { en: 'As the CAR-T cells become active they release signalling proteins that can cause fever, low blood pressure and breathing difficulty. It is usually manageable when recognised early, and the team is trained to treat it.', zh: 'CAR-T细胞激活时会释放大量细胞因子，可引起发热、低血压和呼吸困难。及早发现通常可以有效处理，医疗团队具备相应的救治经验。', ru: 'Активируясь, CAR-T-клетки выделяют сигнальные белки, которые могут вызвать лихорадку, снижение давления и затруднённое дыхание. При раннем распознавании это состояние обычно удаётся контролировать, и команда обучена его лечить.', ar: 'عندما تنشط خلايا CAR-T تُطلق بروتينات إشارية قد تسبب الحمّى وانخفاض ضغط الدم وصعوبة التنفس. ويمكن عادةً التعامل معها إذا اكتُشفت مبكرًا، والفريق الطبي مدرَّب على علاجها.' } },
    { title: { en: 'Neurological side effects (ICANS)', zh: '神经毒性（ICANS）', ru: 'Нейротоксичность (ICANS)', ar: 'الآثار الجانبية العصبية (ICANS)' }, description: { en: 'Some patients develop confusion, difficulty speaking, drowsiness or, rarely, seizures. These effects are usually temporary and are closely monitored.', zh: '部分患者可出现意识混乱、言语困难、嗜睡，少数可发生抽搐。这些症状多为一过性，治疗期间会密切监测。', ru: 'У части пациентов возникают спутанность сознания, нарушения речи, сонливость, реже — судороги. Обычно эти явления временные, и за ними внимательно следят.', ar: 'قد يُصاب بعض المرضى بالتشوش الذهني أو صعوبة الكلام أو النعاس، ونادرًا بنوبات تشنج. وتكون هذه الآثار مؤقتة في العادة وتخضع لمراقبة دقيقة.' } },
    { title: { en: 'Infections and low blood counts', zh: '感染与血细胞减少', ru: 'Инфекции и низкие показатели крови', ar: 'العدوى وانخفاض تعداد خلايا الدم' }, description: { en: 'The lymphodepleting chemotherapy and the loss of normal B cells weaken the immune system for a time. Antibiotics, antiviral medicines, transfusions or antibody (immunoglobulin) replacement may be needed.', zh: '清淋化疗以及正常B细胞的减少会使免疫力在一段时间内下降，可能需要使用抗生素、抗病毒药物、输血或补充免疫球蛋白。', ru: 'Химиотерапия перед инфузией и потеря нормальных B-клеток на время ослабляют иммунитет. Могут понадобиться антибиотики, противовирусные препараты, переливания крови или заместительная терапия иммуноглобулином.', ar: 'يُضعف العلاج الكيميائي المستنفد للمفاويات وفقدان الخلايا البائية الطبيعية جهاز المناعة لفترة من الزمن، وقد يلزم استخدام المضادات الحيوية أو الأدوية المضادة للفيروسات أو نقل الدم أو تعويض الأجسام المضادة (الغلوبولين المناعي).' } },
    { title: { en: 'Relapse', zh: '复发', ru: 'Рецидив', ar: 'الانتكاس' }, description: { en: 'Even after complete remission the disease can come back, so regular follow-up is essential. For B-ALL, a transplant after CAR-T may be recommended.', zh: '即使达到完全缓解，疾病仍可能复发，因此需要定期随访。对于B-ALL，医生可能建议在CAR-T治疗后进行移植。', ru: 'Даже после полной ремиссии болезнь может вернуться, поэтому регулярное наблюдение обязательно. При B-ОЛЛ после CAR-T может быть рекомендована трансплантация.', ar: 'قد يعود المرض حتى بعد الهدأة الكاملة، لذا فالمتابعة المنتظمة ضرورية. وفي ابيضاض الدم الليمفاوي الحاد من الخلايا البائية قد يُنصح بإجراء زرع بعد علاج CAR-T.' } },
  ],
  faq: [
    {
      question: { en: 'Who can take part in CAR-T treatment?', zh: '哪些患者可以接受CAR-T治疗？', ru: 'Кому может подойти CAR-T-терапия?', ar: 'من يمكنه الخضوع لعلاج CAR-T؟' },
      answer: { en: 'The programme described here is a clinical trial for people with B-cell acute lymphoblastic leukaemia, B-cell lymphoma or multiple myeloma whose disease relapsed after chemotherapy or did not respond to it. Each trial has its own entry criteria, and the trial team decides after reviewing your records and tests.', zh: '本文介绍的项目是一项临床试验，面向化疗后复发或对化疗无效的B细胞急性淋巴细胞白血病、B细胞淋巴瘤和多发性骨髓瘤患者。每项试验都有各自的入组标准，试验团队会在审阅病历和检查结果后作出决定。', ru: 'Описанная программа — клиническое исследование для пациентов с B-клеточным острым лимфобластным лейкозом, B-клеточной лимфомой или множественной миеломой, у которых после химиотерапии возник рецидив или не было ответа. У каждого исследования свои критерии включения; решение принимает исследовательская группа после изучения документов и анализов.', ar: 'البرنامج المعروض هنا تجربة سريرية لمرضى ابيضاض الدم الليمفاوي الحاد من الخلايا البائية أو اللمفوما بالخلايا البائية أو الورم النقوي المتعدد ممن انتكس مرضهم بعد العلاج الكيميائي أو لم يستجب له. ولكل تجربة معايير اشتراك خاصة بها، ويتخذ فريق التجربة القرار بعد مراجعة سجلاتك وفحوصك.' },
    },
    {
      question: { en: 'How long will I need to stay in China?', zh: '需要在中国停留多长时间？', ru: 'Сколько времени придётся провести в Китае?', ar: 'كم من الوقت سأحتاج إلى البقاء في الصين؟' },
      answer: { en: 'Plan for about 6–8 weeks for the whole programme, from the first assessment to the response check. If a transplant follows, the stay will be longer.', zh: '从首次评估到疗效评估，整个疗程约需6–8周。如果之后还要进行移植，停留时间会相应延长。', ru: 'Рассчитывайте примерно на 6–8 недель — от первичного обследования до оценки ответа. Если затем последует трансплантация, пребывание продлится дольше.', ar: 'خطِّط لنحو 6 إلى 8 أسابيع للبرنامج كاملًا، من التقييم الأول حتى تقييم الاستجابة. وإذا تلاه زرع فستطول مدة الإقامة.' },
    },
    {
      question: { en: 'How well does CAR-T work?', zh: 'CAR-T治疗效果如何？', ru: 'Насколько эффективна CAR-T-терапия?', ar: 'ما مدى فعالية علاج CAR-T؟' },
      answer: { en: 'One Chinese hospital reports an overall complete-remission rate above 90% across its CAR-T trials since 2015. Remission is not the same as cure, and results for any one person depend on the disease, earlier treatment and general health.', zh: '一家中国医院报告，其2015年以来CAR-T临床试验的总体完全缓解率超过90%。但缓解并不等于治愈，具体到每位患者，疗效还取决于疾病类型、既往治疗和整体健康状况。', ru: 'Одна из китайских больниц сообщает об общей частоте полной ремиссии выше 90% в своих исследованиях CAR-T с 2015 года. Ремиссия — не то же самое, что излечение, и результат у конкретного человека зависит от заболевания, предшествующего лечения и общего состояния здоровья.', ar: 'يفيد أحد المستشفيات الصينية بأن معدل الهدأة الكاملة الإجمالي في تجاربه على علاج CAR-T منذ عام 2015 تجاوز 90%. غير أن الهدأة ليست شفاءً، وتتوقف النتيجة لدى كل مريض على نوع المرض والعلاجات السابقة والحالة الصحية العامة.' },
    },
    {
      question: { en: 'Can the disease come back after CAR-T?', zh: 'CAR-T治疗后疾病还会复发吗？', ru: 'Может ли болезнь вернуться после CAR-T?', ar: 'هل يمكن أن يعود المرض بعد علاج CAR-T؟' },
      answer: { en: 'Yes. Even with a high remission rate, relapse remains possible. For B-cell acute lymphoblastic leukaemia, the FAQ says studies suggest that a bone marrow transplant after CAR-T may improve long-term results further, so your doctors may discuss this with you.', zh: '会的。即使缓解率很高，仍有复发的可能。对于B细胞急性淋巴细胞白血病，该问答页面提到，研究提示CAR-T后桥接骨髓移植可能进一步改善远期疗效，医生可能会与您讨论这一方案。', ru: 'Да. Даже при высокой частоте ремиссий рецидив возможен. При B-клеточном остром лимфобластном лейкозе по данным тех же вопросов и ответов, исследования показывают, что трансплантация костного мозга после CAR-T может улучшить отдалённые результаты, поэтому врачи могут обсудить её с вами.', ar: 'نعم، فحتى مع ارتفاع معدل الهدأة يبقى الانتكاس ممكنًا. وفي ابيضاض الدم الليمفاوي الحاد من الخلايا البائية تذكر صفحة الأسئلة الشائعة أن الدراسات تشير إلى أن زرع نخاع العظم بعد علاج CAR-T قد يحسّن النتائج على المدى الطويل، لذا قد يناقش أطباؤك هذا الخيار معك.' },
    },
    {
      question: { en: 'Is CAR-T a new treatment?', zh: 'CAR-T是一种新疗法吗？', ru: 'CAR-T — это новый метод лечения?', ar: 'هل علاج CAR-T علاج جديد؟' },
      answer: { en: 'The idea dates back to the 1980s, when it was first developed by the Israeli scientist Zelig Eshhar, but clinical use is much more recent. China runs many CAR-T trials, and much is still being learned through them.', zh: '这一设想可追溯到20世纪80年代，由以色列科学家Zelig Eshhar最早提出，但真正用于临床的时间要晚得多。中国正在开展大量CAR-T临床试验，许多问题仍在研究之中。', ru: 'Идея появилась ещё в 1980-х годах — её впервые разработал израильский учёный Зелиг Эшхар, — но в клинике метод применяется гораздо позже. В Китае идёт много исследований CAR-T, и многое ещё продолжают изучать.', ar: 'تعود الفكرة إلى ثمانينيات القرن الماضي حين طوّرها العالِم الإسرائيلي زيليغ إيشهار، لكن استخدامها السريري أحدث من ذلك بكثير. وتُجري الصين تجارب كثيرة على علاج CAR-T، ولا يزال الكثير قيد الدراسة من خلالها.' },
    },
  ],
  heroImage: {
    key: 'therapy-car-t-cell-therapy',
    alt: { en: 'Abstract illustration of softly glowing immune cells on a deep blue-to-teal gradient', zh: '抽象插图：深蓝至青绿渐变背景上柔和发光的免疫细胞', ru: 'Абстрактная иллюстрация: мягко светящиеся иммунные клетки на градиенте от тёмно-синего к бирюзовому', ar: 'رسم تجريدي لخلايا مناعية متوهجة بلطف على تدرّج لوني من الأزرق الداكن إلى الفيروزي' },
    colors: ['#1E4E79', '#1F6B6E'],
    motif: 'cells',
  },
}

const allogeneic: TherapySeed = {
  slug: 'allogeneic-stem-cell-transplant',
  name: { en: 'Allogeneic stem cell transplant', zh: '异基因造血干细胞移植', ru: 'Аллогенная трансплантация гемопоэтических стволовых клеток', ar: 'زرع الخلايا الجذعية الخيفي (من متبرع)' },
  category: 'transplant',
  summary: {
    en: 'An allogeneic transplant replaces diseased or failing bone marrow with healthy blood-forming stem cells from a donor: a matched brother or sister, a matched unrelated volunteer, a half-matched relative or umbilical cord blood. It is used for leukaemias, severe aplastic anaemia, lymphomas and other marrow diseases, and usually takes about 3–6 months in all.',
    zh: '异基因造血干细胞移植是用供者健康的造血干细胞替代患病或衰竭的骨髓，供者可以是HLA相合的兄弟姐妹、相合的非血缘志愿者、半相合的亲属，也可以来自脐带血。该治疗用于白血病、重型再生障碍性贫血、淋巴瘤及其他骨髓疾病，全程通常约需3–6个月。',
    ru: 'При аллогенной трансплантации поражённый костный мозг заменяют здоровыми кроветворными стволовыми клетками донора: совместимого брата или сестры, совместимого неродственного добровольца, частично совместимого родственника или пуповинной крови. Её применяют при лейкозах, тяжёлой апластической анемии, лимфомах и других болезнях костного мозга; весь процесс обычно занимает около 3–6 месяцев.',
    ar: 'يستبدل الزرع الخيفي نخاع العظم المريض أو العاجز بخلايا جذعية سليمة مكوِّنة للدم من متبرع، قد يكون أخًا أو أختًا متطابقًا، أو متطوعًا متطابقًا من غير الأقارب، أو قريبًا نصف متطابق، أو دم الحبل السري. ويُستخدم في حالات ابيضاض الدم وفقر الدم اللاتنسجي الشديد واللمفومات وغيرها من أمراض النخاع، ويستغرق عادةً نحو 3 إلى 6 أشهر إجمالًا.',
  },
  howItWorks: {
    rich: {
      en: [
        'Blood-forming (haematopoietic) stem cells live in the bone marrow and produce all red cells, white cells and platelets. Before an allogeneic transplant the patient receives conditioning — chemotherapy, sometimes with radiotherapy — to clear out the diseased marrow and to quieten the immune system so that it does not reject the donor’s cells.',
        'The donor’s stem cells, collected from blood or bone marrow or taken from stored umbilical cord blood, are then given through a drip. They find their way to the bone marrow, settle there and, over the following weeks, begin making new, healthy blood cells. The donor’s immune cells can also recognise and attack remaining cancer cells, an effect known as graft-versus-leukaemia.',
        'The choice of donor depends on HLA tissue typing. A brother or sister with the same tissue type is the classic donor, but transplants are also carried out from HLA-matched unrelated donors, half-matched (haploidentical) relatives, umbilical cord blood and identical twins.',
        'Blood and marrow transplants have been used since 1968 for leukaemias, lymphomas, aplastic anaemia, immune deficiencies and some solid tumours. Results depend strongly on how well the disease is controlled at the time of transplant: the same FAQ reports disease-free survival of about 80% for patients transplanted in first complete remission, 60–70% in second remission and about 40% in third remission or without remission. IHCAMS in Tianjin reports disease-free survival above 90% in aplastic anaemia after allogeneic transplantation.',
      ],
      zh: [
        '造血干细胞存在于骨髓中，负责生成全部红细胞、白细胞和血小板。进行异基因移植前，患者需要接受预处理，即化疗（有时联合放疗），以清除病变骨髓，并抑制免疫系统，防止其排斥供者细胞。',
        '随后，从供者外周血或骨髓中采集的造血干细胞，或储存的脐带血干细胞，经静脉输入患者体内。这些细胞会归巢到骨髓并定植，在此后数周内开始生成新的健康血细胞。供者的免疫细胞还能识别并攻击残留的肿瘤细胞，这被称为移植物抗白血病效应。',
        '供者的选择取决于HLA配型。HLA全相合的兄弟姐妹是传统意义上的首选供者，但目前也可以采用HLA相合的非血缘供者、单倍型相合（半相合）亲属、脐带血以及同卵双胞胎进行移植。',
        '自1968年以来，血液和骨髓移植已用于治疗白血病、淋巴瘤、再生障碍性贫血、免疫缺陷病及部分实体瘤。疗效在很大程度上取决于移植时疾病的控制情况：上述问答提到，第一次完全缓解期移植的无病生存率约为80%，第二次缓解期为60%–70%，第三次缓解期或未缓解状态下约为40%。位于天津的中国医学科学院血液病医院报告，再生障碍性贫血患者接受异基因移植后的无病生存率超过90%。',
      ],
      ru: [
        'Кроветворные (гемопоэтические) стволовые клетки находятся в костном мозге и образуют все эритроциты, лейкоциты и тромбоциты. Перед аллогенной трансплантацией пациент получает кондиционирование — химиотерапию, иногда в сочетании с облучением, — чтобы уничтожить поражённый костный мозг и подавить иммунную систему, которая иначе отторгла бы клетки донора.',
        'Затем стволовые клетки донора, собранные из крови или костного мозга либо полученные из хранящейся пуповинной крови, вводят через капельницу. Они сами находят путь в костный мозг, приживаются там и в течение следующих недель начинают вырабатывать новые здоровые клетки крови. Иммунные клетки донора способны также распознавать и уничтожать оставшиеся опухолевые клетки — это называют эффектом «трансплантат против лейкоза».',
        'Выбор донора определяется HLA-типированием. Классический донор — брат или сестра с идентичным HLA-типом, однако трансплантации проводят также от HLA-совместимых неродственных доноров, частично совместимых (гаплоидентичных) родственников, из пуповинной крови и от однояйцевых близнецов.',
        'Трансплантация крови и костного мозга применяется с 1968 года при лейкозах, лимфомах, апластической анемии, иммунодефицитах и некоторых солидных опухолях. Результаты во многом зависят от того, насколько болезнь контролируется к моменту трансплантации: по данным той же больницы, безрецидивная выживаемость составляет около 80% при трансплантации в первой полной ремиссии, 60–70% — во второй и около 40% — в третьей ремиссии или вне ремиссии. IHCAMS (Тяньцзинь) сообщает о безрецидивной выживаемости выше 90% при апластической анемии после аллогенной трансплантации.',
      ],
      ar: [
        'تعيش الخلايا الجذعية المكوِّنة للدم في نخاع العظم، وهي التي تُنتج جميع خلايا الدم الحمراء والبيضاء والصفائح الدموية. وقبل الزرع الخيفي يتلقى المريض علاجًا تحضيريًا، هو علاج كيميائي يُضاف إليه أحيانًا علاج إشعاعي، للتخلص من النخاع المريض وتهدئة جهاز المناعة كي لا يرفض خلايا المتبرع.',
        'ثم تُعطى الخلايا الجذعية للمتبرع، المأخوذة من الدم أو من نخاع العظم أو من دم الحبل السري المحفوظ، عبر التنقيط الوريدي. وتشق هذه الخلايا طريقها إلى نخاع العظم وتستقر فيه، وتبدأ خلال الأسابيع التالية بإنتاج خلايا دم جديدة سليمة. كما تستطيع الخلايا المناعية للمتبرع التعرّف على ما تبقّى من الخلايا السرطانية ومهاجمتها، وهو ما يُعرف بتأثير الطعم ضد ابيضاض الدم.',
        'يعتمد اختيار المتبرع على تحليل أنسجة HLA. والمتبرع التقليدي أخ أو أخت بنمط نسيجي مطابق، لكن الزرع يُجرى أيضًا من متبرعين غير أقارب متطابقين في HLA، ومن أقارب متطابقين جزئيًا (نصف متطابقين)، ومن دم الحبل السري، ومن التوائم المتطابقة.',
        'يُستخدم زرع الدم ونخاع العظم منذ عام 1968 لعلاج ابيضاض الدم واللمفومات وفقر الدم اللاتنسجي وأمراض نقص المناعة وبعض الأورام الصلبة. وتتوقف النتائج إلى حد كبير على مدى السيطرة على المرض وقت الزرع: إذ تذكر الصفحة نفسها أن معدل البقاء دون مرض يبلغ نحو 80% لدى من أُجري لهم الزرع في الهدأة الكاملة الأولى، و60–70% في الهدأة الثانية، ونحو 40% في الهدأة الثالثة أو في غياب الهدأة. ويفيد مستشفى أمراض الدم التابع للأكاديمية الصينية للعلوم الطبية (IHCAMS) في تيانجين بأن معدل البقاء دون مرض تجاوز 90% لدى مرضى فقر الدم اللاتنسجي بعد الزرع الخيفي.',
      ],
    },
  },
  conditions: [
    condition('acute-myeloid-leukemia'),
    condition('acute-lymphoblastic-leukemia'),
    condition('myelodysplastic-syndrome'),
    condition('severe-aplastic-anemia'),
    condition('thalassemia-major'),
    condition('b-cell-lymphoma'),
  ],
  eligibility: [
    { text: { en: 'A disease that a transplant can help, such as acute leukaemia, myelodysplastic syndrome, severe aplastic anaemia, thalassaemia major or some lymphomas, as judged by the transplant team.', zh: '经移植团队评估，所患疾病可从移植中获益，如急性白血病、骨髓增生异常综合征、重型再生障碍性贫血、重型地中海贫血或部分淋巴瘤。', ru: 'Заболевание, при котором трансплантация может помочь, — например, острый лейкоз, миелодиспластический синдром, тяжёлая апластическая анемия, большая талассемия или некоторые лимфомы; решение принимает трансплантационная команда.', ar: 'أن يكون المرض مما يمكن أن يفيد فيه الزرع، مثل ابيضاض الدم الحاد أو متلازمة خلل التنسج النقوي أو فقر الدم اللاتنسجي الشديد أو الثلاسيميا الكبرى أو بعض اللمفومات، وفق تقدير فريق الزرع.' } },
    { text: { en: 'A suitable donor: a matched sibling, a matched unrelated donor, a half-matched relative or a cord-blood unit.', zh: '有合适的供者：HLA相合的同胞、相合的非血缘供者、半相合亲属或合适的脐带血。', ru: 'Наличие подходящего донора: совместимого сиблинга, совместимого неродственного донора, частично совместимого родственника или образца пуповинной крови.', ar: 'وجود متبرع مناسب: شقيق متطابق، أو متبرع متطابق من غير الأقارب، أو قريب نصف متطابق، أو وحدة من دم الحبل السري.' } },
    { text: { en: 'For leukaemia, the disease should ideally be in remission at the time of transplant; the cited FAQ reports higher disease-free survival for transplants in first complete remission than in later ones.', zh: '白血病患者最好在缓解状态下进行移植；所引用的问答页面显示，第一次完全缓解期移植的无病生存率高于之后各期。', ru: 'При лейкозе к моменту трансплантации желательно достичь ремиссии; по данным цитируемых вопросов и ответов, безрецидивная выживаемость при трансплантации в первой полной ремиссии выше, чем в последующих.', ar: 'في حالات ابيضاض الدم يُفضَّل أن يكون المرض في حالة هدأة وقت الزرع، وتذكر صفحة الأسئلة الشائعة المُستشهد بها أن معدل البقاء دون مرض أعلى عند الزرع في الهدأة الكاملة الأولى منه في المراحل اللاحقة.' } },
    { text: { en: 'Heart, lung, liver and kidney function and general fitness adequate for conditioning treatment.', zh: '心、肺、肝、肾功能及整体体能状况能够耐受预处理。', ru: 'Функция сердца, лёгких, печени и почек и общее состояние позволяют провести кондиционирование.', ar: 'أن تكون وظائف القلب والرئتين والكبد والكليتين واللياقة العامة كافية لتحمّل العلاج التحضيري.' } },
    { text: { en: 'No uncontrolled active infection.', zh: '无未控制的活动性感染。', ru: 'Отсутствие неконтролируемой активной инфекции.', ar: 'عدم وجود عدوى نشطة غير مسيطر عليها.' } },
    { text: { en: 'Able to stay near the transplant centre, with a carer, for about 3–6 months.', zh: '能够在陪护人员陪同下，在移植中心附近停留约3–6个月。', ru: 'Возможность находиться рядом с трансплантационным центром вместе с сопровождающим около 3–6 месяцев.', ar: 'القدرة على البقاء بالقرب من مركز الزرع، برفقة مرافق، لمدة تقارب 3 إلى 6 أشهر.' } },
  ],
  offeredAt: [
    {
      hospital: hospital('ihcams-tianjin'),
      status: 'standardCare',
      note: { en: 'The hospital profile reports results of allogeneic transplantation in aplastic anaemia.', zh: '医院简介报告了再生障碍性贫血患者异基因移植的疗效。', ru: 'Профиль больницы приводит результаты аллогенной трансплантации при апластической анемии.', ar: 'يذكر التعريف بالمستشفى نتائج الزرع الخيفي لدى مرضى فقر الدم اللاتنسجي.' },
      source: profile,
    },
    {
      hospital: hospital('west-china-second-hospital'),
      status: 'standardCare',
      note: { en: 'Paediatric division: transplants from unrelated donors for children, in a laminar-flow ward.', zh: '儿童血液肿瘤专科：在层流病房为患儿开展非血缘供者移植。', ru: 'Отделение детской гематологии и онкологии: трансплантации детям от неродственных доноров в палате с ламинарным потоком воздуха.', ar: 'قسم أمراض الدم والأورام لدى الأطفال: زرع من متبرعين غير أقارب للأطفال في جناح بتدفق الهواء الصفائحي.' },
      source: westChina,
    },
    {
      providerNote: faqHospital,
      status: 'standardCare',
      note: { en: 'The FAQ lists allogeneic, HLA-matched unrelated, haploidentical, cord blood and syngeneic transplants.', zh: '该问答页面列出了异基因移植、HLA相合非血缘移植、单倍型相合移植、脐带血移植和同基因移植。', ru: 'В вопросах и ответах перечислены аллогенная, неродственная HLA-совместимая, гаплоидентичная, сингенная трансплантация и трансплантация пуповинной крови.', ar: 'تذكر صفحة الأسئلة الشائعة الزرع الخيفي والزرع من متبرع غير قريب متطابق في HLA والزرع نصف المتطابق وزرع دم الحبل السري والزرع المتماثل جينيًا.' },
      source: faq,
    },
  ],
  journey: [
    {
      title: { en: 'Assessment, tissue typing and donor search', zh: '移植前评估、HLA配型与供者选择', ru: 'Обследование, HLA-типирование и поиск донора', ar: 'التقييم وتحليل الأنسجة والبحث عن متبرع' },
      description: { en: 'Tests confirm the diagnosis and remission status, check organ function and identify a suitable donor. A search for an unrelated donor can take longer, so it is worth starting before you travel.', zh: '通过检查明确诊断和缓解状态、评估脏器功能，并确定合适的供者。寻找非血缘供者可能耗时更长，最好在出行前就开始。', ru: 'Обследование подтверждает диагноз и статус ремиссии, оценивает работу органов и подбирает подходящего донора. Поиск неродственного донора может занять больше времени, поэтому его лучше начать до поездки.', ar: 'تؤكد الفحوص التشخيص وحالة الهدأة، وتقيّم وظائف الأعضاء، وتحدد متبرعًا مناسبًا. وقد يستغرق البحث عن متبرع من غير الأقارب وقتًا أطول، لذا يُفضَّل البدء به قبل السفر.' },
      min: 2, max: 3, unit: 'weeks',
    },
    {
      title: { en: 'Conditioning', zh: '预处理', ru: 'Кондиционирование', ar: 'العلاج التحضيري' },
      description: { en: 'In a protective (laminar-flow) ward, chemotherapy, with or without radiotherapy, prepares the body for the donor cells.', zh: '在层流病房中接受化疗（必要时联合放疗），为输入供者细胞做好准备。', ru: 'В защищённой палате с ламинарным потоком воздуха проводят химиотерапию, иногда с облучением, чтобы подготовить организм к донорским клеткам.', ar: 'في جناح معقَّم (بتدفق الهواء الصفائحي) يتلقى المريض علاجًا كيميائيًا، مع علاج إشعاعي أو دونه، لتهيئة الجسم لاستقبال خلايا المتبرع.' },
      min: 5, max: 7, unit: 'days',
    },
    {
      title: { en: 'Transplant day', zh: '干细胞回输日', ru: 'День трансплантации', ar: 'يوم الزرع' },
      description: { en: 'Stem cells collected from the donor are infused through a central line, much like a blood transfusion.', zh: '从供者采集的造血干细胞经中心静脉导管输入，过程类似输血。', ru: 'Собранные у донора стволовые клетки вводят через центральный венозный катетер — примерно так же, как при переливании крови.', ar: 'تُسرَّب الخلايا الجذعية المأخوذة من المتبرع عبر قثطار وريدي مركزي، على نحو يشبه نقل الدم.' },
      min: 1, max: 1, unit: 'days',
    },
    {
      title: { en: 'Engraftment in the transplant ward', zh: '移植病房内等待造血重建', ru: 'Приживление трансплантата в отделении', ar: 'انغراس الطعم في جناح الزرع' },
      description: { en: 'While blood counts are very low, patients stay in the protective ward with transfusions, infection prevention and close monitoring until the new marrow starts to work.', zh: '血细胞极低期间，患者留在层流病房，接受输血、感染预防和密切监测，直至新的骨髓开始发挥功能。', ru: 'Пока показатели крови очень низкие, пациент находится в защищённой палате, получает переливания, профилактику инфекций и постоянное наблюдение, пока новый костный мозг не начнёт работать.', ar: 'خلال فترة الانخفاض الشديد في تعداد خلايا الدم يبقى المريض في الجناح المعقَّم، ويتلقى نقل الدم والوقاية من العدوى ومراقبة دقيقة حتى يبدأ النخاع الجديد بالعمل.' },
      min: 2, max: 4, unit: 'weeks',
    },
    {
      title: { en: 'Recovery and follow-up near the hospital', zh: '出仓后康复与随访', ru: 'Восстановление и наблюдение рядом с клиникой', ar: 'التعافي والمتابعة بالقرب من المستشفى' },
      description: { en: 'After leaving the ward, frequent clinic visits track blood counts, donor-cell levels, infections and graft-versus-host disease. Before you go home, care is handed over to your local doctors for long-term follow-up.', zh: '出仓后需频繁门诊复查，监测血象、供者细胞嵌合状态、感染及移植物抗宿主病。回国前，医生会将长期随访工作交接给您当地的医生。', ru: 'После выписки из отделения частые визиты в клинику позволяют следить за показателями крови, долей донорских клеток, инфекциями и реакцией «трансплантат против хозяина». Перед отъездом наблюдение передают вашим местным врачам.', ar: 'بعد مغادرة الجناح تُتابَع في زيارات متكررة للعيادة تعداداتُ الدم ونسبة خلايا المتبرع والعدوى ومرض الطعم ضد المضيف. وقبل العودة إلى بلدك تُسلَّم المتابعة طويلة الأمد إلى أطبائك المحليين.' },
      min: 2, max: 4, unit: 'months',
    },
  ],
  totalDuration: { min: 3, max: 6, unit: 'months' },
  outcomes: [
    {
      measure: 'diseaseFreeSurvival',
      qualifier: 'about',
      value: 80,
      patientGroup: { en: 'Patients transplanted in first complete remission (CR1), at the hospital behind the cited FAQ', zh: '第一次完全缓解期（CR1）接受移植的患者（所引用问答页面所属医院）', ru: 'Пациенты, которым трансплантацию выполнили в первой полной ремиссии (CR1), в больнице, чьи вопросы и ответы цитируются', ar: 'المرضى الذين أُجري لهم الزرع في الهدأة الكاملة الأولى (CR1)، في المستشفى صاحب صفحة الأسئلة الشائعة المُستشهد بها' },
      timePoint: notStated,
      patients: notStated,
      period: notStated,
      source: faq,
    },
    {
      measure: 'diseaseFreeSurvival',
      qualifier: 'about',
      value: 60,
      valueMax: 70,
      patientGroup: { en: 'Patients transplanted in second complete remission (CR2), same hospital', zh: '第二次完全缓解期（CR2）接受移植的患者（同一医院）', ru: 'Пациенты, которым трансплантацию выполнили во второй полной ремиссии (CR2), та же больница', ar: 'المرضى الذين أُجري لهم الزرع في الهدأة الكاملة الثانية (CR2)، في المستشفى نفسه' },
      timePoint: notStated,
      patients: notStated,
      period: notStated,
      source: faq,
    },
    {
      measure: 'diseaseFreeSurvival',
      qualifier: 'about',
      value: 40,
      patientGroup: { en: 'Patients transplanted in third remission (CR3) or not in remission, same hospital', zh: '第三次缓解期（CR3）或未缓解状态下接受移植的患者（同一医院）', ru: 'Пациенты, которым трансплантацию выполнили в третьей ремиссии (CR3) или вне ремиссии, та же больница', ar: 'المرضى الذين أُجري لهم الزرع في الهدأة الثالثة (CR3) أو في غياب الهدأة، في المستشفى نفسه' },
      timePoint: notStated,
      patients: notStated,
      period: notStated,
      source: faq,
    },
    {
      measure: 'diseaseFreeSurvival',
      qualifier: 'over',
      value: 90,
      patientGroup: { en: 'Patients with aplastic anaemia after allogeneic stem cell transplantation at IHCAMS (Tianjin)', zh: '在中国医学科学院血液病医院（天津）接受异基因造血干细胞移植的再生障碍性贫血患者', ru: 'Пациенты с апластической анемией после аллогенной трансплантации стволовых клеток в IHCAMS (Тяньцзинь)', ar: 'مرضى فقر الدم اللاتنسجي بعد زرع الخلايا الجذعية الخيفي في مستشفى IHCAMS (تيانجين)' },
      timePoint: notStated,
      patients: notStated,
      period: notStated,
      source: profile,
    },
  ],
  risks: [
    { title: { en: 'Graft-versus-host disease (GVHD)', zh: '移植物抗宿主病（GVHD）', ru: 'Реакция «трансплантат против хозяина» (РТПХ)', ar: 'مرض الطعم ضد المضيف (GVHD)' }, description: { en: 'Donor immune cells can attack the skin, gut, liver or other organs, soon after the transplant or months later. Preventive medicines are given and most cases can be treated, but severe forms can be serious.', zh: '供者免疫细胞可能攻击患者的皮肤、肠道、肝脏等器官，可发生在移植后早期，也可在数月后出现。移植后会常规预防用药，多数病例可以治疗，但重症可能危及生命。', ru: 'Иммунные клетки донора могут поражать кожу, кишечник, печень и другие органы — вскоре после трансплантации или через несколько месяцев. Проводится профилактика, и большинство случаев поддаются лечению, но тяжёлые формы могут быть опасны.', ar: 'قد تهاجم الخلايا المناعية للمتبرع الجلد أو الأمعاء أو الكبد أو أعضاء أخرى، بعد الزرع بوقت قصير أو بعد أشهر. وتُعطى أدوية وقائية، ويمكن علاج معظم الحالات، لكن الأشكال الشديدة قد تكون خطيرة.' } },
    { title: { en: 'Infections', zh: '感染', ru: 'Инфекции', ar: 'العدوى' }, description: { en: 'Until the new immune system matures, which often takes many months, patients are vulnerable to bacterial, viral and fungal infections and receive preventive medicines.', zh: '在新的免疫系统成熟之前（通常需要数月甚至更久），患者容易发生细菌、病毒和真菌感染，需要预防性用药。', ru: 'Пока новая иммунная система не созреет — а это часто занимает много месяцев, — пациенты уязвимы к бактериальным, вирусным и грибковым инфекциям и получают профилактические препараты.', ar: 'إلى أن ينضج جهاز المناعة الجديد، وهو ما يستغرق غالبًا أشهرًا عديدة، يكون المريض عرضة للعدوى البكتيرية والفيروسية والفطرية، ويتلقى أدوية وقائية.' } },
    { title: { en: 'Graft failure', zh: '植入失败', ru: 'Неприживление трансплантата', ar: 'فشل الطعم' }, description: { en: 'Occasionally the donor cells do not take or stop working, which may require a further infusion of cells or a second transplant.', zh: '少数情况下供者细胞未能植入或植入后功能丧失，可能需要再次输注细胞或二次移植。', ru: 'Изредка донорские клетки не приживаются или перестают работать; тогда может потребоваться повторное введение клеток или вторая трансплантация.', ar: 'في حالات قليلة لا تنغرس خلايا المتبرع أو تتوقف عن العمل، وقد يستلزم ذلك تسريبًا إضافيًا للخلايا أو زرعًا ثانيًا.' } },
    { title: { en: 'Organ toxicity', zh: '脏器毒性', ru: 'Токсическое поражение органов', ar: 'السمية على الأعضاء' }, description: { en: 'Conditioning chemotherapy or radiotherapy can affect the liver (including veno-occlusive disease), lungs, heart and kidneys, and often affects fertility.', zh: '预处理化疗或放疗可能损伤肝脏（包括肝窦阻塞综合征）、肺、心脏和肾脏，并常影响生育能力。', ru: 'Химио- или лучевая терапия при кондиционировании может поражать печень (в том числе вызывать веноокклюзионную болезнь), лёгкие, сердце и почки и часто влияет на фертильность.', ar: 'قد يؤثر العلاج الكيميائي أو الإشعاعي التحضيري في الكبد (بما في ذلك داء انسداد الأوردة الكبدية) والرئتين والقلب والكليتين، وكثيرًا ما يؤثر في الخصوبة.' } },
    { title: { en: 'Relapse', zh: '复发', ru: 'Рецидив', ar: 'الانتكاس' }, description: { en: 'The original disease can return, especially if it was not in remission at the time of transplant.', zh: '原发病可能复发，尤其是移植时未达到缓解的患者。', ru: 'Исходное заболевание может вернуться, особенно если к моменту трансплантации не было ремиссии.', ar: 'قد يعود المرض الأصلي، لا سيما إذا لم يكن في حالة هدأة وقت الزرع.' } },
  ],
  variants: [
    { kind: 'allogeneic', name: { en: 'HLA-matched sibling transplant', zh: 'HLA相合同胞供者移植', ru: 'Трансплантация от HLA-совместимого сиблинга', ar: 'الزرع من شقيق متطابق في HLA' }, description: { en: 'Stem cells from a brother or sister with the same HLA tissue type; traditionally the reference donor.', zh: '供者为HLA配型相同的兄弟姐妹，是传统意义上的标准供者。', ru: 'Стволовые клетки брата или сестры с тем же HLA-типом; традиционно считается эталонным вариантом донора.', ar: 'خلايا جذعية من أخ أو أخت بالنمط النسيجي HLA نفسه، وهو المتبرع المرجعي تقليديًا.' } },
    { kind: 'haploidentical', name: { en: 'Haploidentical (half-matched) transplant', zh: '单倍型相合（半相合）移植', ru: 'Гаплоидентичная (частично совместимая) трансплантация', ar: 'الزرع نصف المتطابق' }, description: { en: 'Stem cells from a half-matched relative such as a parent, child or sibling, so almost every patient has a potential donor.', zh: '供者为父母、子女或兄弟姐妹等半相合亲属，几乎每位患者都能找到潜在供者。', ru: 'Стволовые клетки частично совместимого родственника — родителя, ребёнка, брата или сестры, — поэтому потенциальный донор есть почти у каждого пациента.', ar: 'خلايا جذعية من قريب نصف متطابق، كأحد الوالدين أو الأبناء أو الأشقاء، بحيث يتوفر متبرع محتمل لكل مريض تقريبًا.' } },
    { kind: 'unrelatedDonor', name: { en: 'HLA-matched unrelated donor transplant', zh: 'HLA相合非血缘供者移植', ru: 'Трансплантация от HLA-совместимого неродственного донора', ar: 'الزرع من متبرع غير قريب متطابق في HLA' }, description: { en: 'Stem cells from a volunteer, found through a donor registry, whose tissue type matches the patient’s.', zh: '通过骨髓库找到的、与患者HLA配型相合的志愿捐献者。', ru: 'Стволовые клетки добровольца из регистра доноров, чей HLA-тип совпадает с типом пациента.', ar: 'خلايا جذعية من متطوع يُعثر عليه عبر سجل المتبرعين ويتطابق نمطه النسيجي مع نمط المريض.' } },
    { kind: 'cordBlood', name: { en: 'Cord blood transplant', zh: '脐带血移植', ru: 'Трансплантация пуповинной крови', ar: 'زرع دم الحبل السري' }, description: { en: 'Stem cells from donated umbilical cord blood, which needs a less exact match; the new marrow usually takes longer to start working.', zh: '使用捐献的脐带血干细胞，对配型的要求相对宽松，但造血重建通常较慢。', ru: 'Стволовые клетки из донорской пуповинной крови; требования к совместимости мягче, но новый костный мозг обычно начинает работать позже.', ar: 'خلايا جذعية من دم حبل سري متبرَّع به، ولا يتطلب تطابقًا دقيقًا بالقدر نفسه، لكن النخاع الجديد يحتاج عادةً وقتًا أطول ليبدأ العمل.' } },
    { kind: 'syngeneic', name: { en: 'Syngeneic (identical twin) transplant', zh: '同基因（同卵双胞胎）移植', ru: 'Сингенная трансплантация (от однояйцевого близнеца)', ar: 'الزرع المتماثل جينيًا (من توأم متطابق)' }, description: { en: 'Stem cells from an identical twin, who shares the patient’s tissue type exactly; graft-versus-host disease is rare, but the donor cells also give little extra effect against the cancer.', zh: '供者为同卵双胞胎，与患者组织类型完全相同；很少发生移植物抗宿主病，但供者细胞对肿瘤的额外攻击作用也很有限。', ru: 'Стволовые клетки однояйцевого близнеца, чей тканевой тип полностью совпадает с типом пациента; РТПХ возникает редко, но и дополнительного противоопухолевого эффекта донорские клетки почти не дают.', ar: 'خلايا جذعية من توأم متطابق يشارك المريض نمطه النسيجي تمامًا؛ ونادرًا ما يحدث مرض الطعم ضد المضيف، لكن خلايا المتبرع لا تضيف إلا تأثيرًا ضئيلًا ضد السرطان.' } },
  ],
  faq: [
    {
      question: { en: 'How long does an allogeneic transplant take?', zh: '异基因移植全程需要多长时间？', ru: 'Сколько длится аллогенная трансплантация?', ar: 'كم يستغرق الزرع الخيفي؟' },
      answer: { en: 'About 3–6 months in total, including preparation, the stay in the transplant ward and early recovery near the hospital. Long-term follow-up then continues at home.', zh: '全程约3–6个月，包括移植前准备、移植病房住院以及出仓后在医院附近的早期康复。此后还需回国继续长期随访。', ru: 'В целом около 3–6 месяцев, включая подготовку, пребывание в трансплантационном отделении и раннее восстановление рядом с клиникой. Затем долгосрочное наблюдение продолжается дома.', ar: 'نحو 3 إلى 6 أشهر إجمالًا، تشمل التحضير والإقامة في جناح الزرع والتعافي المبكر بالقرب من المستشفى، ثم تستمر المتابعة طويلة الأمد في بلدك.' },
    },
    {
      question: { en: 'What if I have no matched brother or sister?', zh: '没有HLA相合的兄弟姐妹怎么办？', ru: 'Что делать, если нет совместимого брата или сестры?', ar: 'ماذا لو لم يكن لديّ أخ أو أخت متطابق؟' },
      answer: { en: 'Other options include a matched unrelated donor, a half-matched (haploidentical) relative such as a parent or child, or cord blood.', zh: '还可以选择HLA相合的非血缘供者、父母或子女等单倍型相合（半相合）亲属，或脐带血。', ru: 'Есть и другие варианты: совместимый неродственный донор, частично совместимый (гаплоидентичный) родственник, например родитель или ребёнок, либо пуповинная кровь.', ar: 'تشمل الخيارات الأخرى متبرعًا متطابقًا من غير الأقارب، أو قريبًا نصف متطابق كأحد الوالدين أو الأبناء، أو دم الحبل السري.' },
    },
    {
      question: { en: 'What are the chances that the transplant works?', zh: '移植成功的可能性有多大？', ru: 'Каковы шансы на успех трансплантации?', ar: 'ما فرص نجاح الزرع؟' },
      answer: { en: 'It depends mainly on the disease and how well it is controlled. One Chinese centre reports disease-free survival of about 80% in first complete remission, 60–70% in second remission and about 40% in third remission or without remission; IHCAMS reports over 90% in aplastic anaemia. Your transplant team can explain what these figures mean for you.', zh: '这主要取决于疾病类型及其控制程度。一家中国移植中心报告，第一次完全缓解期移植的无病生存率约为80%，第二次缓解期为60%–70%，第三次缓解期或未缓解时约为40%；中国医学科学院血液病医院报告，再生障碍性贫血患者移植后超过90%。这些数字对您意味着什么，移植团队可以为您具体解释。', ru: 'Это зависит прежде всего от заболевания и от того, насколько оно под контролем. Один китайский центр сообщает о безрецидивной выживаемости около 80% в первой полной ремиссии, 60–70% во второй и около 40% в третьей ремиссии или вне ремиссии; IHCAMS сообщает о более чем 90% при апластической анемии. Что эти цифры значат лично для вас, объяснит трансплантационная команда.', ar: 'يتوقف ذلك أساسًا على نوع المرض ومدى السيطرة عليه. إذ يفيد أحد المراكز الصينية بمعدل بقاء دون مرض يبلغ نحو 80% في الهدأة الكاملة الأولى، و60–70% في الهدأة الثانية، ونحو 40% في الهدأة الثالثة أو في غياب الهدأة؛ ويفيد مستشفى IHCAMS بأكثر من 90% لدى مرضى فقر الدم اللاتنسجي. ويمكن لفريق الزرع أن يشرح لك ما تعنيه هذه الأرقام في حالتك.' },
    },
    {
      question: { en: 'Why does remission matter before a transplant?', zh: '为什么移植前最好达到缓解？', ru: 'Почему важно достичь ремиссии до трансплантации?', ar: 'لماذا تهم الهدأة قبل الزرع؟' },
      answer: { en: 'A transplant tends to work better when little disease is left. That is why doctors usually aim to bring leukaemia into remission first, and why outcomes are better in first remission than later.', zh: '体内残留的病变越少，移植效果越好。因此医生通常会先让白血病达到缓解再进行移植，这也是第一次缓解期移植疗效优于之后各期的原因。', ru: 'Трансплантация наиболее эффективна, когда болезни в организме остаётся мало. Поэтому врачи обычно сначала добиваются ремиссии лейкоза, и поэтому результаты в первой ремиссии лучше, чем в последующих.', ar: 'يكون الزرع أنجع حين يتبقى قدر قليل من المرض، ولهذا يسعى الأطباء عادةً إلى إدخال ابيضاض الدم في هدأة أولًا، ولهذا أيضًا تكون النتائج في الهدأة الأولى أفضل منها في المراحل اللاحقة.' },
    },
    {
      question: { en: 'Does a family donor need to travel to China?', zh: '亲属供者需要来中国吗？', ru: 'Должен ли донор-родственник приехать в Китай?', ar: 'هل يحتاج المتبرع من الأقارب إلى السفر إلى الصين؟' },
      answer: { en: 'Usually yes: a related donor normally comes to the transplant centre for health checks and for the collection of stem cells. The team will explain the timing so that travel can be planned.', zh: '通常需要。亲属供者一般要到移植中心接受体检并采集干细胞，医疗团队会告知具体时间，方便提前安排行程。', ru: 'Как правило, да: донор-родственник обычно приезжает в трансплантационный центр для обследования и сбора стволовых клеток. Команда заранее сообщит сроки, чтобы можно было спланировать поездку.', ar: 'نعم في الغالب، إذ يأتي المتبرع من الأقارب عادةً إلى مركز الزرع لإجراء الفحوص الصحية وجمع الخلايا الجذعية، وسيوضح الفريق التوقيت حتى يمكن التخطيط للسفر.' },
    },
  ],
  heroImage: {
    key: 'therapy-allogeneic-stem-cell-transplant',
    alt: { en: 'Abstract illustration of a winding path on a calm teal-to-green gradient', zh: '抽象插图：宁静的青绿至绿色渐变背景上一条蜿蜒的小路', ru: 'Абстрактная иллюстрация: извилистая тропа на спокойном градиенте от бирюзового к зелёному', ar: 'رسم تجريدي لدرب متعرّج على تدرّج لوني هادئ من الفيروزي إلى الأخضر' },
    colors: ['#1F5F5B', '#2E6B4F'],
    motif: 'journey',
  },
}

const autologous: TherapySeed = {
  slug: 'autologous-stem-cell-transplant',
  name: { en: 'Autologous stem cell transplant', zh: '自体造血干细胞移植', ru: 'Аутологичная трансплантация гемопоэтических стволовых клеток', ar: 'زرع الخلايا الجذعية الذاتي' },
  category: 'transplant',
  summary: {
    en: 'In an autologous transplant, the patient’s own blood-forming stem cells are collected and frozen, high-dose chemotherapy is given to destroy the disease, and the cells are then returned to rebuild the bone marrow. No donor is needed. It is used mainly for multiple myeloma, lymphomas and some other cancers, and usually takes about 1–3 months.',
    zh: '自体造血干细胞移植先采集并冻存患者自身的造血干细胞，再给予大剂量化疗清除病变，随后回输这些干细胞以重建骨髓功能，无需供者。该治疗主要用于多发性骨髓瘤、淋巴瘤及部分其他肿瘤，全程通常约需1–3个月。',
    ru: 'При аутологичной трансплантации у пациента собирают и замораживают собственные кроветворные стволовые клетки, затем проводят высокодозную химиотерапию против болезни, после чего клетки возвращают, чтобы восстановить костный мозг. Донор не нужен. Метод применяют в основном при множественной миеломе, лимфомах и некоторых других опухолях; обычно он занимает около 1–3 месяцев.',
    ar: 'في الزرع الذاتي تُجمع الخلايا الجذعية المكوِّنة للدم من المريض نفسه وتُجمَّد، ثم يُعطى علاج كيميائي عالي الجرعة للقضاء على المرض، وبعدها تُعاد الخلايا لإعادة بناء نخاع العظم، دون حاجة إلى متبرع. ويُستخدم أساسًا في الورم النقوي المتعدد واللمفومات وبعض السرطانات الأخرى، ويستغرق عادةً نحو شهر إلى 3 أشهر.',
  },
  howItWorks: {
    rich: {
      en: [
        'Very high doses of chemotherapy can destroy more cancer cells, but they also wipe out the bone marrow. An autologous transplant makes such treatment possible: the patient’s own stem cells are collected beforehand, frozen and given back afterwards to restore blood production.',
        'The stem cells are usually gathered from the blood after injections of a growth factor have moved them out of the marrow; a machine then separates them out (apheresis). After the high-dose treatment, the thawed cells are infused through a drip and usually begin producing new blood cells within a few weeks.',
        'Because the cells are the patient’s own, no donor is needed and there is no risk of rejection or graft-versus-host disease, so recovery is usually quicker than after an allogeneic transplant: the cited international-service FAQ puts the whole process at about 1–3 months, compared with 3–6 months for an allogeneic transplant. The trade-off is that there is no donor immune effect against the cancer.',
        'IHCAMS in Tianjin carried out China’s first autologous stem cell transplant in 1986. For people with acute leukaemia treated in this way, it reports that 70% survive in the long term.',
      ],
      zh: [
        '大剂量化疗能够杀伤更多的肿瘤细胞，但同时也会摧毁骨髓造血功能。自体移植使这种强化治疗成为可能：事先采集患者自身的干细胞并冻存，化疗结束后再回输，以恢复造血。',
        '干细胞通常通过注射动员剂（造血生长因子），使其从骨髓释放到外周血中，再用血细胞分离机单采获得。大剂量化疗后，将复苏的干细胞经静脉回输，一般在数周内开始生成新的血细胞。',
        '由于使用的是患者自身细胞，无需寻找供者，也不存在排斥或移植物抗宿主病的风险，因此恢复通常比异基因移植更快：所引用的国际医疗部问答指出，自体移植全程约1–3个月，而异基因移植约需3–6个月。相应地，自体移植也缺少供者免疫细胞对肿瘤的攻击作用。',
        '位于天津的中国医学科学院血液病医院于1986年完成了中国首例自体造血干细胞移植，该院报告，接受此类移植的急性白血病患者长期生存率为70%。',
      ],
      ru: [
        'Очень высокие дозы химиотерапии уничтожают больше опухолевых клеток, но вместе с тем разрушают и костный мозг. Аутологичная трансплантация делает такое лечение возможным: собственные стволовые клетки пациента заранее собирают, замораживают и после химиотерапии возвращают, чтобы восстановить кроветворение.',
        'Обычно стволовые клетки получают из крови: после инъекций ростового фактора они выходят из костного мозга в кровоток, и аппарат отделяет их (аферез). После высокодозной терапии размороженные клетки вводят через капельницу, и обычно в течение нескольких недель они начинают производить новые клетки крови.',
        'Поскольку клетки собственные, донор не нужен, а риска отторжения или реакции «трансплантат против хозяина» нет, поэтому восстановление обычно идёт быстрее, чем после аллогенной трансплантации: по данным цитируемой международной службы, весь процесс занимает около 1–3 месяцев против 3–6 месяцев при аллогенной трансплантации. Обратная сторона — отсутствие противоопухолевого действия донорских иммунных клеток.',
        'IHCAMS в Тяньцзине выполнил первую в Китае аутологичную трансплантацию стволовых клеток в 1986 году и сообщает о долгосрочной выживаемости 70% у пациентов с острым лейкозом, получивших такое лечение.',
      ],
      ar: [
        'يمكن للجرعات العالية جدًا من العلاج الكيميائي أن تقضي على عدد أكبر من الخلايا السرطانية، لكنها تدمّر نخاع العظم أيضًا. والزرع الذاتي هو ما يجعل هذا العلاج ممكنًا: إذ تُجمع الخلايا الجذعية للمريض مسبقًا وتُجمَّد، ثم تُعاد إليه بعد العلاج لاستعادة إنتاج الدم.',
        'تُجمع الخلايا الجذعية عادةً من الدم بعد حقن عامل نمو يدفعها إلى الخروج من النخاع، ثم يفصلها جهاز خاص (الفصادة). وبعد العلاج عالي الجرعة تُذاب الخلايا وتُسرَّب عبر الوريد، وتبدأ عادةً بإنتاج خلايا دم جديدة خلال بضعة أسابيع.',
        'ولأن الخلايا من المريض نفسه، فلا حاجة إلى متبرع، ولا خطر للرفض أو لمرض الطعم ضد المضيف، لذا يكون التعافي عادةً أسرع منه بعد الزرع الخيفي: إذ تقدّر صفحة الأسئلة الشائعة للخدمات الدولية المُستشهد بها مدة العملية كاملة بنحو شهر إلى 3 أشهر، مقابل 3 إلى 6 أشهر للزرع الخيفي. وفي المقابل لا يوجد تأثير مناعي من متبرع ضد السرطان.',
        'أجرى مستشفى IHCAMS في تيانجين أول زرع ذاتي للخلايا الجذعية في الصين عام 1986، ويفيد بأن معدل البقاء على المدى الطويل بلغ 70% لدى مرضى ابيضاض الدم الحاد الذين عولجوا بهذه الطريقة.',
      ],
    },
  },
  conditions: [
    condition('multiple-myeloma'),
    condition('b-cell-lymphoma'),
    condition('acute-myeloid-leukemia'),
    condition('neuroblastoma'),
    condition('solid-tumours'),
  ],
  eligibility: [
    { text: { en: 'A disease for which high-dose therapy with stem cell support is recommended, such as multiple myeloma, some lymphomas or certain solid tumours.', zh: '所患疾病适合在干细胞支持下进行大剂量治疗，如多发性骨髓瘤、部分淋巴瘤或某些实体瘤。', ru: 'Заболевание, при котором рекомендована высокодозная терапия с поддержкой стволовыми клетками, — например, множественная миелома, некоторые лимфомы или отдельные солидные опухоли.', ar: 'مرض يُنصح فيه بعلاج عالي الجرعة مدعوم بالخلايا الجذعية، مثل الورم النقوي المتعدد أو بعض اللمفومات أو أورام صلبة معينة.' } },
    { text: { en: 'The disease has responded to earlier treatment, ideally with a remission or a good partial response.', zh: '疾病对既往治疗有效，最好已达到缓解或良好的部分缓解。', ru: 'Болезнь ответила на предшествующее лечение — желательно с ремиссией или хорошим частичным ответом.', ar: 'أن يكون المرض قد استجاب للعلاج السابق، ويُفضَّل أن يكون في هدأة أو في استجابة جزئية جيدة.' } },
    { text: { en: 'Enough healthy stem cells can be collected from the patient.', zh: '能够从患者体内采集到足够数量的健康干细胞。', ru: 'У пациента удаётся собрать достаточное количество здоровых стволовых клеток.', ar: 'إمكانية جمع عدد كافٍ من الخلايا الجذعية السليمة من المريض.' } },
    { text: { en: 'Heart, lung, liver and kidney function and general fitness adequate for high-dose chemotherapy.', zh: '心、肺、肝、肾功能及整体体能状况能够耐受大剂量化疗。', ru: 'Функция сердца, лёгких, печени и почек и общее состояние позволяют провести высокодозную химиотерапию.', ar: 'أن تكون وظائف القلب والرئتين والكبد والكليتين واللياقة العامة كافية لتحمّل العلاج الكيميائي عالي الجرعة.' } },
    { text: { en: 'No uncontrolled active infection.', zh: '无未控制的活动性感染。', ru: 'Отсутствие неконтролируемой активной инфекции.', ar: 'عدم وجود عدوى نشطة غير مسيطر عليها.' } },
  ],
  offeredAt: [
    {
      hospital: hospital('ihcams-tianjin'),
      status: 'standardCare',
      note: { en: 'The hospital profile reports the first autologous transplant in China, in 1986.', zh: '医院简介提到，该院于1986年完成中国首例自体移植。', ru: 'Профиль больницы сообщает о первой в Китае аутологичной трансплантации в 1986 году.', ar: 'يذكر التعريف بالمستشفى أنه أجرى أول زرع ذاتي في الصين عام 1986.' },
      source: profile,
    },
    {
      providerNote: faqHospital,
      status: 'standardCare',
      note: { en: 'The FAQ lists autologous transplants and puts the whole process at about 1–3 months.', zh: '该问答页面列出了自体移植，并指出全程约需1–3个月。', ru: 'В вопросах и ответах названа аутологичная трансплантация; весь процесс — около 1–3 месяцев.', ar: 'تذكر صفحة الأسئلة الشائعة الزرع الذاتي، وتقدّر مدته كاملة بنحو شهر إلى 3 أشهر.' },
      source: faq,
    },
  ],
  journey: [
    {
      title: { en: 'Assessment', zh: '移植前评估', ru: 'Обследование', ar: 'التقييم' },
      description: { en: 'Tests confirm how the disease has responded to earlier treatment and check that the heart, lungs, liver and kidneys are ready for high-dose therapy.', zh: '通过检查评估疾病对既往治疗的反应，并确认心、肺、肝、肾功能能够承受大剂量治疗。', ru: 'Обследование показывает, как болезнь ответила на предыдущее лечение, и подтверждает, что сердце, лёгкие, печень и почки готовы к высокодозной терапии.', ar: 'تُظهر الفحوص مدى استجابة المرض للعلاج السابق، وتتحقق من جاهزية القلب والرئتين والكبد والكليتين للعلاج عالي الجرعة.' },
      min: 1, max: 2, unit: 'weeks',
    },
    {
      title: { en: 'Stem cell mobilisation and collection', zh: '干细胞动员与采集', ru: 'Мобилизация и сбор стволовых клеток', ar: 'تحفيز الخلايا الجذعية وجمعها' },
      description: { en: 'Growth-factor injections, sometimes combined with chemotherapy, move stem cells into the blood; they are then collected by apheresis over one or more days and frozen.', zh: '注射造血生长因子（有时联合化疗）将干细胞动员至外周血，随后经一次或数次单采收集并冻存。', ru: 'Инъекции ростового фактора, иногда вместе с химиотерапией, выводят стволовые клетки в кровь; затем их собирают методом афереза за один или несколько дней и замораживают.', ar: 'تدفع حُقن عامل النمو، مع العلاج الكيميائي أحيانًا، الخلايا الجذعية إلى الدم، ثم تُجمع بالفصادة على مدى يوم واحد أو أكثر وتُجمَّد.' },
      min: 1, max: 2, unit: 'weeks',
    },
    {
      title: { en: 'High-dose chemotherapy', zh: '大剂量化疗（预处理）', ru: 'Высокодозная химиотерапия', ar: 'العلاج الكيميائي عالي الجرعة' },
      description: { en: 'Intensive chemotherapy is given to destroy as much of the disease as possible.', zh: '给予强化化疗，尽可能彻底地清除病变细胞。', ru: 'Проводят интенсивную химиотерапию, чтобы максимально уничтожить опухолевые клетки.', ar: 'يُعطى علاج كيميائي مكثف للقضاء على أكبر قدر ممكن من المرض.' },
      min: 2, max: 7, unit: 'days',
    },
    {
      title: { en: 'Stem cell reinfusion', zh: '干细胞回输', ru: 'Возвращение стволовых клеток', ar: 'إعادة تسريب الخلايا الجذعية' },
      description: { en: 'The thawed stem cells are returned through a drip, much like a blood transfusion.', zh: '将复苏后的干细胞经静脉回输，过程类似输血。', ru: 'Размороженные стволовые клетки вводят обратно через капельницу, как при переливании крови.', ar: 'تُعاد الخلايا الجذعية بعد إذابتها عبر التنقيط الوريدي، على نحو يشبه نقل الدم.' },
      min: 1, max: 1, unit: 'days',
    },
    {
      title: { en: 'Recovery in the transplant ward', zh: '移植病房内恢复', ru: 'Восстановление в трансплантационном отделении', ar: 'التعافي في جناح الزرع' },
      description: { en: 'Until blood counts recover, patients stay in a protective ward with transfusions, infection prevention and support for side effects such as mouth sores and nausea.', zh: '在血象恢复之前，患者留在保护性病房，接受输血、感染预防，以及针对口腔溃疡、恶心等不良反应的对症支持。', ru: 'Пока показатели крови не восстановятся, пациент находится в защищённой палате: переливания, профилактика инфекций и помощь при побочных эффектах, таких как язвы во рту и тошнота.', ar: 'إلى أن يتعافى تعداد خلايا الدم يبقى المريض في جناح معقَّم، ويتلقى نقل الدم والوقاية من العدوى والدعم لتخفيف الآثار الجانبية مثل تقرحات الفم والغثيان.' },
      min: 2, max: 3, unit: 'weeks',
    },
    {
      title: { en: 'Check-ups before going home', zh: '出院前复查', ru: 'Контрольные обследования перед отъездом', ar: 'فحوص المتابعة قبل العودة' },
      description: { en: 'Clinic visits confirm that blood counts are stable and set out the follow-up plan, including any further treatment, with your home doctors.', zh: '通过门诊复查确认血象稳定，并与您当地的医生共同制定随访计划及后续治疗安排。', ru: 'Визиты в клинику подтверждают стабильность показателей крови; вместе с вашими врачами дома составляется план наблюдения и, при необходимости, дальнейшего лечения.', ar: 'تؤكد زيارات العيادة استقرار تعداد خلايا الدم، وتُوضع خطة المتابعة، بما فيها أي علاج لاحق، بالتنسيق مع أطبائك في بلدك.' },
      min: 1, max: 4, unit: 'weeks',
    },
  ],
  totalDuration: { min: 1, max: 3, unit: 'months' },
  outcomes: [
    {
      measure: 'longTermSurvival',
      qualifier: 'exact',
      value: 70,
      patientGroup: { en: 'Patients with acute leukaemia after autologous stem cell transplantation at IHCAMS (Tianjin)', zh: '在中国医学科学院血液病医院（天津）接受自体造血干细胞移植的急性白血病患者', ru: 'Пациенты с острым лейкозом после аутологичной трансплантации стволовых клеток в IHCAMS (Тяньцзинь)', ar: 'مرضى ابيضاض الدم الحاد بعد زرع الخلايا الجذعية الذاتي في مستشفى IHCAMS (تيانجين)' },
      // The profile says "long-term" without years, and ties 1986 to the first transplant, not to this figure.
      timePoint: notStated,
      patients: notStated,
      period: notStated,
      source: profile,
    },
  ],
  risks: [
    { title: { en: 'Infections', zh: '感染', ru: 'Инфекции', ar: 'العدوى' }, description: { en: 'While blood counts are low after high-dose chemotherapy, the body is less able to fight germs; preventive medicines and a protective ward reduce the risk.', zh: '大剂量化疗后血细胞处于低谷期，机体抗感染能力下降；预防性用药和保护性病房有助于降低风险。', ru: 'Пока после высокодозной химиотерапии показатели крови низкие, организм хуже справляется с микробами; профилактические препараты и защищённая палата снижают риск.', ar: 'خلال انخفاض تعداد خلايا الدم بعد العلاج الكيميائي عالي الجرعة تضعف قدرة الجسم على مقاومة الجراثيم، وتُسهم الأدوية الوقائية والجناح المعقَّم في تقليل الخطر.' } },
    { title: { en: 'Mouth and gut side effects', zh: '口腔及胃肠道反应', ru: 'Побочные эффекты со стороны рта и кишечника', ar: 'الآثار الجانبية في الفم والجهاز الهضمي' }, description: { en: 'Mouth sores (mucositis), nausea, loss of appetite and diarrhoea are common for a few weeks and are treated as they arise.', zh: '口腔黏膜炎、恶心、食欲下降和腹泻较为常见，通常持续数周，会及时对症处理。', ru: 'Язвы во рту (мукозит), тошнота, потеря аппетита и диарея часто возникают на несколько недель и лечатся по мере появления.', ar: 'تقرحات الفم (التهاب الغشاء المخاطي) والغثيان وفقدان الشهية والإسهال شائعة لبضعة أسابيع، وتُعالَج عند ظهورها.' } },
    { title: { en: 'Organ toxicity', zh: '脏器毒性', ru: 'Токсическое поражение органов', ar: 'السمية على الأعضاء' }, description: { en: 'High-dose chemotherapy can affect the liver, lungs, heart or kidneys and may reduce fertility.', zh: '大剂量化疗可能损伤肝、肺、心脏或肾脏，并可能影响生育能力。', ru: 'Высокодозная химиотерапия может поражать печень, лёгкие, сердце или почки и снижать фертильность.', ar: 'قد يؤثر العلاج الكيميائي عالي الجرعة في الكبد أو الرئتين أو القلب أو الكليتين، وقد يقلّل الخصوبة.' } },
    { title: { en: 'Relapse', zh: '复发', ru: 'Рецидив', ar: 'الانتكاس' }, description: { en: 'Without a donor immune effect, the disease can return; further treatment may be planned to reduce this risk.', zh: '由于缺少供者免疫效应，疾病仍可能复发；医生可能会安排后续治疗以降低这一风险。', ru: 'Без противоопухолевого действия донорских клеток болезнь может вернуться; чтобы снизить этот риск, может планироваться дальнейшее лечение.', ar: 'في غياب التأثير المناعي للمتبرع قد يعود المرض، وقد تُخطَّط علاجات لاحقة لتقليل هذا الخطر.' } },
  ],
  variants: [
    { kind: 'autologous', name: { en: 'Autologous transplant', zh: '自体移植', ru: 'Аутологичная трансплантация', ar: 'الزرع الذاتي' }, description: { en: 'The patient’s own stem cells are collected, stored and returned after high-dose chemotherapy.', zh: '采集并保存患者自身的干细胞，在大剂量化疗后回输。', ru: 'Собственные стволовые клетки пациента собирают, хранят и возвращают после высокодозной химиотерапии.', ar: 'تُجمع الخلايا الجذعية للمريض نفسه وتُحفظ، ثم تُعاد إليه بعد العلاج الكيميائي عالي الجرعة.' }, duration: { min: 1, max: 3, unit: 'months' } },
  ],
  faq: [
    {
      question: { en: 'How is this different from an allogeneic transplant?', zh: '自体移植与异基因移植有什么不同？', ru: 'Чем это отличается от аллогенной трансплантации?', ar: 'ما الفرق بين هذا الزرع والزرع الخيفي؟' },
      answer: { en: 'An autologous transplant uses your own stem cells, so no donor is needed and there is no graft-versus-host disease. Its purpose is to allow high-dose chemotherapy; it does not add a donor immune attack on the cancer, as an allogeneic transplant can.', zh: '自体移植使用您自己的干细胞，无需供者，也不会发生移植物抗宿主病。它的作用是让大剂量化疗得以安全进行，但不像异基因移植那样带来供者免疫细胞对肿瘤的攻击。', ru: 'При аутологичной трансплантации используются ваши собственные стволовые клетки, поэтому донор не нужен и реакции «трансплантат против хозяина» не бывает. Её цель — сделать возможной высокодозную химиотерапию; в отличие от аллогенной трансплантации, она не добавляет противоопухолевого действия донорского иммунитета.', ar: 'يستخدم الزرع الذاتي خلاياك الجذعية أنت، فلا حاجة إلى متبرع ولا يحدث مرض الطعم ضد المضيف. والغرض منه إتاحة العلاج الكيميائي عالي الجرعة، ولا يضيف هجومًا مناعيًا من متبرع على السرطان كما قد يفعل الزرع الخيفي.' },
    },
    {
      question: { en: 'How long does it take?', zh: '全程需要多长时间？', ru: 'Сколько времени это занимает?', ar: 'كم يستغرق العلاج؟' },
      answer: { en: 'About 1–3 months in total, which is considerably shorter than the 3–6 months usually needed for an allogeneic transplant.', zh: '全程约1–3个月，明显短于异基因移植通常所需的3–6个月。', ru: 'В целом около 1–3 месяцев — заметно меньше, чем 3–6 месяцев, которые обычно требуются для аллогенной трансплантации.', ar: 'نحو شهر إلى 3 أشهر إجمالًا، أي أقصر بكثير من الأشهر الثلاثة إلى الستة التي يتطلبها الزرع الخيفي عادةً.' },
    },
    {
      question: { en: 'Is collecting the stem cells painful?', zh: '采集干细胞会很痛苦吗？', ru: 'Болезнен ли сбор стволовых клеток?', ar: 'هل جمع الخلايا الجذعية مؤلم؟' },
      answer: { en: 'Apheresis feels much like a long blood donation. The growth-factor injections given beforehand can cause bone aches for a few days, which usually respond to simple painkillers.', zh: '单采的感觉与一次时间较长的献血相似。采集前注射的生长因子可能引起几天骨痛，一般服用普通止痛药即可缓解。', ru: 'Аферез по ощущениям похож на длительную сдачу крови. Инъекции ростового фактора перед сбором могут на несколько дней вызвать ломоту в костях, которая обычно проходит от простых обезболивающих.', ar: 'تشبه الفصادة تبرعًا طويلًا بالدم. وقد تسبب حُقن عامل النمو التي تسبقها آلامًا في العظام لبضعة أيام، تخفّ عادةً بالمسكّنات البسيطة.' },
    },
    {
      question: { en: 'What results have been reported?', zh: '有哪些已报告的疗效数据？', ru: 'Какие результаты известны?', ar: 'ما النتائج المُعلَنة؟' },
      answer: { en: 'IHCAMS in Tianjin, which performed China’s first autologous transplant in 1986, reports long-term survival of 70% in patients with acute leukaemia. Results differ by disease and stage, so ask your doctors what to expect in your situation.', zh: '天津的中国医学科学院血液病医院于1986年完成中国首例自体移植，该院报告急性白血病患者的长期生存率为70%。疗效因疾病类型和分期而异，具体情况请咨询您的医生。', ru: 'IHCAMS в Тяньцзине, выполнивший первую в Китае аутологичную трансплантацию в 1986 году, сообщает о долгосрочной выживаемости 70% у пациентов с острым лейкозом. Результаты зависят от заболевания и стадии, поэтому уточните у врачей, чего ожидать в вашей ситуации.', ar: 'يفيد مستشفى IHCAMS في تيانجين، الذي أجرى أول زرع ذاتي في الصين عام 1986، بأن معدل البقاء على المدى الطويل بلغ 70% لدى مرضى ابيضاض الدم الحاد. وتختلف النتائج باختلاف المرض ومرحلته، لذا اسأل أطباءك عمّا يمكن توقعه في حالتك.' },
    },
  ],
  heroImage: {
    key: 'therapy-autologous-stem-cell-transplant',
    alt: { en: 'Abstract illustration of a path curving back towards its starting point on a blue-to-slate gradient', zh: '抽象插图：蓝色至石板灰渐变背景上一条绕回起点的弯曲小路', ru: 'Абстрактная иллюстрация: дорожка, изгибающаяся обратно к началу, на градиенте от синего к сланцево-серому', ar: 'رسم تجريدي لدرب ينحني عائدًا نحو نقطة بدايته على تدرّج لوني من الأزرق إلى الرمادي الأردوازي' },
    colors: ['#24507A', '#3B5568'],
    motif: 'journey',
  },
}

/** Source 002 says only that NK cell therapy is available in China: no outcome figures on purpose. */
const nkCell: TherapySeed = {
  slug: 'nk-cell-therapy',
  name: { en: 'NK cell therapy', zh: 'NK细胞疗法', ru: 'Терапия NK-клетками', ar: 'العلاج بالخلايا القاتلة الطبيعية (NK)' },
  category: 'cellTherapy',
  summary: {
    en: 'NK cell therapy uses natural killer cells — immune cells that can recognise and destroy some abnormal cells without prior “training” — grown in a laboratory and given as an infusion. It is available in China, but it remains an experimental approach: it is mostly offered within clinical trials, and evidence on how well it works is still developing.',
    zh: 'NK细胞疗法利用自然杀伤细胞——一类无需预先“训练”即可识别并清除部分异常细胞的免疫细胞——在实验室中扩增后经静脉输注给患者。该疗法在中国已有开展，但仍属于探索性治疗：目前主要在临床试验中提供，其疗效证据仍在积累之中。',
    ru: 'Терапия NK-клетками использует естественные киллеры — иммунные клетки, способные распознавать и уничтожать некоторые аномальные клетки без предварительного «обучения»; их выращивают в лаборатории и вводят внутривенно. В Китае этот метод доступен, но остаётся экспериментальным: его предлагают в основном в рамках клинических исследований, а данные о его эффективности ещё накапливаются.',
    ar: 'يعتمد العلاج بالخلايا القاتلة الطبيعية على خلايا مناعية قادرة على التعرّف على بعض الخلايا غير الطبيعية والقضاء عليها دون «تدريب» مسبق، تُكثَّر في المختبر ثم تُعطى بالتسريب الوريدي. وهذا العلاج متاح في الصين، لكنه لا يزال نهجًا تجريبيًا يُقدَّم في الغالب ضمن تجارب سريرية، ولا تزال الأدلة على فعاليته قيد التكوّن.',
  },
  howItWorks: {
    rich: {
      en: [
        'Natural killer (NK) cells are white blood cells of the body’s first line of immune defence. They patrol the blood and tissues and can kill infected or abnormal cells, including some cancer cells, without having met them before.',
        'In NK cell therapy, NK cells are taken from the patient or from a donor, or derived from other sources such as cord blood, then grown and activated in the laboratory and infused back. Some newer approaches also equip NK cells with a chimeric antigen receptor, similar to CAR-T. Methods differ widely between centres and trials.',
        'NK cell therapy is available in China, but it is not yet a standard treatment. It is mostly offered within clinical trials, and the evidence on which patients benefit, and by how much, is still developing. For that reason this page quotes no success rates.',
        'If NK cell therapy is suggested to you, ask whether it is part of a registered clinical trial, what the trial is trying to find out, what it costs, and which proven treatments are available as alternatives.',
      ],
      zh: [
        '自然杀伤（NK）细胞是人体第一道免疫防线中的一类白细胞。它们在血液和组织中巡逻，无需事先接触，就能杀伤被感染或发生异常的细胞，其中包括部分肿瘤细胞。',
        'NK细胞疗法是从患者本人或供者体内获取NK细胞，或从脐带血等其他来源制备，在实验室中扩增、激活后再回输给患者。一些较新的方法还会像CAR-T那样为NK细胞装上嵌合抗原受体。不同中心和试验采用的方法差异很大。',
        'NK细胞疗法在中国已有开展，但尚未成为标准治疗。目前它主要在临床试验中提供，哪些患者能够获益、获益程度如何，相关证据仍在积累。因此，本页不提供任何有效率数据。',
        '如果有人建议您接受NK细胞治疗，请询问：它是否属于已登记的临床试验、该试验希望回答什么问题、费用如何，以及有哪些已被证实有效的替代治疗。',
      ],
      ru: [
        'Естественные киллеры (NK-клетки) — это лейкоциты первой линии иммунной защиты организма. Они патрулируют кровь и ткани и способны уничтожать инфицированные или аномальные клетки, в том числе некоторые опухолевые, без предварительной встречи с ними.',
        'При терапии NK-клетками клетки получают от самого пациента или от донора либо из других источников, например пуповинной крови, затем выращивают и активируют в лаборатории и вводят пациенту. В некоторых новых подходах NK-клетки, как и при CAR-T, снабжают химерным антигенным рецептором. Методики в разных центрах и исследованиях сильно различаются.',
        'В Китае терапия NK-клетками доступна, но стандартным методом лечения пока не является. Её предлагают в основном в рамках клинических исследований, а данные о том, кому она помогает и насколько, ещё накапливаются. Поэтому мы не приводим здесь показателей эффективности.',
        'Если вам предлагают терапию NK-клетками, спросите, проводится ли она в рамках зарегистрированного клинического исследования, что именно это исследование изучает, сколько оно стоит и какие проверенные методы лечения доступны в качестве альтернативы.',
      ],
      ar: [
        'الخلايا القاتلة الطبيعية (NK) نوع من خلايا الدم البيضاء يشكّل جزءًا من خط الدفاع المناعي الأول في الجسم. وهي تجوب الدم والأنسجة، وتستطيع القضاء على الخلايا المصابة بالعدوى أو غير الطبيعية، ومنها بعض الخلايا السرطانية، دون أن تكون قد واجهتها من قبل.',
        'في هذا العلاج تُؤخذ الخلايا القاتلة الطبيعية من المريض أو من متبرع، أو تُستخلص من مصادر أخرى مثل دم الحبل السري، ثم تُكثَّر وتُنشَّط في المختبر وتُعاد إلى المريض بالتسريب. وفي بعض الأساليب الأحدث تُزوَّد هذه الخلايا بمستقبِل خيميري للمستضد على غرار علاج CAR-T. وتختلف الطرق المتّبعة اختلافًا كبيرًا بين المراكز والتجارب.',
        'العلاج بالخلايا القاتلة الطبيعية متاح في الصين، لكنه لم يصبح بعدُ علاجًا معياريًا، ويُقدَّم في الغالب ضمن تجارب سريرية، ولا تزال الأدلة حول المرضى الذين يستفيدون منه ومقدار هذه الفائدة قيد التكوّن. ولهذا لا تتضمن هذه الصفحة أي معدلات نجاح.',
        'إذا اقتُرح عليك هذا العلاج فاسأل: هل هو جزء من تجربة سريرية مسجَّلة؟ وما الذي تسعى التجربة إلى معرفته؟ وما تكلفته؟ وما العلاجات المُثبتة المتاحة بديلًا عنه؟',
      ],
    },
  },
  conditions: [condition('acute-myeloid-leukemia'), condition('solid-tumours')],
  eligibility: [
    { text: { en: 'Usually decided by the entry criteria of a specific clinical trial, which differ from trial to trial.', zh: '通常取决于具体临床试验的入组标准，各试验之间差别较大。', ru: 'Обычно определяется критериями включения конкретного клинического исследования, которые различаются от исследования к исследованию.', ar: 'تحدّدها عادةً معايير الاشتراك في تجربة سريرية بعينها، وهي تختلف من تجربة إلى أخرى.' } },
    { text: { en: 'Standard treatments for your disease have been considered first with your doctors.', zh: '已与医生充分讨论过针对您疾病的标准治疗方案。', ru: 'Стандартные методы лечения вашего заболевания уже обсуждены с врачами.', ar: 'أن تكون العلاجات المعيارية لمرضك قد نوقشت أولًا مع أطبائك.' } },
    { text: { en: 'General condition and organ function adequate for the trial’s procedures.', zh: '整体状况和脏器功能能够满足试验操作的要求。', ru: 'Общее состояние и функция органов позволяют пройти процедуры исследования.', ar: 'أن تكون الحالة العامة ووظائف الأعضاء ملائمة لإجراءات التجربة.' } },
  ],
  offeredAt: [],
  risks: [
    { title: { en: 'Infusion reactions', zh: '输注反应', ru: 'Реакции на инфузию', ar: 'تفاعلات التسريب' }, description: { en: 'Fever, chills or tiredness may occur around the time of the infusion.', zh: '输注前后可能出现发热、寒战或乏力。', ru: 'Во время и после инфузии возможны лихорадка, озноб или слабость.', ar: 'قد تحدث حمّى أو قشعريرة أو إرهاق في وقت التسريب.' } },
    { title: { en: 'Effects of preparatory chemotherapy', zh: '预处理化疗的影响', ru: 'Последствия подготовительной химиотерапии', ar: 'آثار العلاج الكيميائي التحضيري' }, description: { en: 'Some protocols give chemotherapy beforehand, which can lower blood counts and raise the risk of infection.', zh: '部分方案会在输注前进行化疗，可能导致血细胞减少、感染风险增加。', ru: 'В некоторых протоколах перед инфузией проводят химиотерапию, которая может снижать показатели крови и повышать риск инфекций.', ar: 'تتضمن بعض البروتوكولات علاجًا كيميائيًا مسبقًا قد يخفّض تعداد خلايا الدم ويزيد خطر العدوى.' } },
    { title: { en: 'Uncertain benefit', zh: '获益尚不确定', ru: 'Неопределённая польза', ar: 'فائدة غير مؤكدة' }, description: { en: 'Because evidence is still limited, the treatment may not help, and time spent on it could delay other options.', zh: '由于证据仍然有限，治疗可能无效，而花在这上面的时间也可能延误其他治疗。', ru: 'Поскольку данных пока мало, лечение может не помочь, а время, потраченное на него, может отсрочить другие варианты.', ar: 'نظرًا لمحدودية الأدلة حتى الآن، قد لا يفيد العلاج، وقد يؤخّر الوقت المصروف عليه خيارات أخرى.' } },
    { title: { en: 'Unknown long-term effects', zh: '远期影响未知', ru: 'Неизвестные отдалённые последствия', ar: 'آثار بعيدة المدى غير معروفة' }, description: { en: 'Long-term follow-up data are still limited.', zh: '长期随访数据仍然有限。', ru: 'Данных долгосрочного наблюдения пока немного.', ar: 'لا تزال بيانات المتابعة طويلة الأمد محدودة.' } },
  ],
  faq: [
    {
      question: { en: 'Is NK cell therapy a standard treatment?', zh: 'NK细胞疗法是标准治疗吗？', ru: 'Является ли терапия NK-клетками стандартным лечением?', ar: 'هل العلاج بالخلايا القاتلة الطبيعية علاج معياري؟' },
      answer: { en: 'Not yet. It is available in China but is mostly offered within clinical trials, and the evidence about its benefit is still developing.', zh: '还不是。该疗法在中国已有开展，但主要在临床试验中提供，关于其获益的证据仍在积累。', ru: 'Пока нет. В Китае она доступна, но предлагается в основном в рамках клинических исследований, а данные о её пользе ещё накапливаются.', ar: 'ليس بعد. فهو متاح في الصين، لكنه يُقدَّم في الغالب ضمن تجارب سريرية، ولا تزال الأدلة على فائدته قيد التكوّن.' },
    },
    {
      question: { en: 'How is it different from CAR-T?', zh: '它与CAR-T有什么不同？', ru: 'Чем она отличается от CAR-T?', ar: 'ما الفرق بينه وبين علاج CAR-T؟' },
      answer: { en: 'CAR-T uses T cells that are genetically engineered to recognise one specific marker. NK cells recognise abnormal cells in a broader, built-in way, and in many approaches they are not genetically modified at all.', zh: 'CAR-T使用经基因改造、专门识别某一特定靶标的T细胞；而NK细胞天生就能以更广泛的方式识别异常细胞，许多方案中的NK细胞并不经过基因改造。', ru: 'При CAR-T используются T-клетки, генетически изменённые для распознавания одного определённого маркера. NK-клетки распознают аномальные клетки более широко, за счёт врождённых механизмов, и во многих подходах их вообще не модифицируют генетически.', ar: 'يستخدم علاج CAR-T خلايا تائية معدَّلة وراثيًا للتعرّف على علامة محددة واحدة، أما الخلايا القاتلة الطبيعية فتتعرّف على الخلايا غير الطبيعية بطريقة فطرية أوسع، ولا تُعدَّل وراثيًا على الإطلاق في كثير من الأساليب.' },
    },
    {
      question: { en: 'Why are no success rates shown?', zh: '为什么这里没有列出有效率？', ru: 'Почему здесь не приведены показатели эффективности?', ar: 'لماذا لا تُعرض معدلات نجاح؟' },
      answer: { en: 'The sources available to us give no reliable outcome figures for NK cell therapy, and we do not publish numbers we cannot trace to a source.', zh: '我们掌握的资料中没有关于NK细胞疗法的可靠疗效数据，而我们不会发布无法追溯来源的数字。', ru: 'В доступных нам источниках нет надёжных данных о результатах терапии NK-клетками, а мы не публикуем цифры, которые нельзя подтвердить источником.', ar: 'لا تتضمن المصادر المتاحة لدينا أرقامًا موثوقة عن نتائج هذا العلاج، ونحن لا ننشر أرقامًا لا يمكن ردّها إلى مصدر.' },
    },
  ],
  heroImage: {
    key: 'therapy-nk-cell-therapy',
    alt: { en: 'Abstract illustration of round immune cells on a green-to-teal gradient', zh: '抽象插图：绿色至青绿渐变背景上的圆形免疫细胞', ru: 'Абстрактная иллюстрация: округлые иммунные клетки на градиенте от зелёного к бирюзовому', ar: 'رسم تجريدي لخلايا مناعية مستديرة على تدرّج لوني من الأخضر إلى الفيروزي' },
    colors: ['#2F5D50', '#1F6470'],
    motif: 'cells',
  },
}

/** Source 002 says only that proton therapy is available in China: general description, no statistics. */
const proton: TherapySeed = {
  slug: 'proton-therapy',
  name: { en: 'Proton therapy', zh: '质子治疗', ru: 'Протонная терапия', ar: 'العلاج بالبروتونات' },
  category: 'radiation',
  summary: {
    en: 'Proton therapy is a form of radiotherapy that uses beams of protons instead of X-rays. Protons release most of their energy at a set depth and then stop, so less radiation reaches the healthy tissue beyond the tumour. It is available in China and is used especially for children and for tumours close to critical organs.',
    zh: '质子治疗是一种放射治疗方式，使用质子束而非X射线。质子在设定的深度释放大部分能量后便停止前进，因此肿瘤后方的正常组织受到的照射更少。该技术在中国已有开展，尤其适用于儿童患者以及紧邻重要器官的肿瘤。',
    ru: 'Протонная терапия — вид лучевой терапии, в котором вместо рентгеновского излучения используют пучки протонов. Протоны отдают бóльшую часть энергии на заданной глубине и затем останавливаются, поэтому здоровые ткани за опухолью получают меньше облучения. Метод доступен в Китае и применяется прежде всего у детей и при опухолях рядом с жизненно важными органами.',
    ar: 'العلاج بالبروتونات نوع من العلاج الإشعاعي يستخدم حزمًا من البروتونات بدلًا من الأشعة السينية. وتُطلق البروتونات معظم طاقتها عند عمق محدد ثم تتوقف، فيصل إلى الأنسجة السليمة الواقعة خلف الورم قدر أقل من الإشعاع. وهو متاح في الصين، ويُستخدم خصوصًا لدى الأطفال وفي الأورام القريبة من الأعضاء الحيوية.',
  },
  howItWorks: {
    rich: {
      en: [
        'Conventional radiotherapy uses X-ray (photon) beams, which pass right through the body and deposit radiation along their whole path, including beyond the tumour. Protons behave differently: they release most of their energy at a depth that can be set precisely — the so-called Bragg peak — and almost none beyond it.',
        'This lets doctors shape the dose closely around the tumour and reduce the radiation received by nearby healthy organs. The advantage matters most for children, whose growing tissues are especially sensitive and who have many years ahead in which late effects could appear, and for tumours next to critical structures such as the brain stem, spinal cord, eyes or heart.',
        'As with conventional radiotherapy, treatment is usually given in short, painless daily sessions over several weeks. Proton therapy is not better for every tumour, and for many cancers conventional radiotherapy works just as well; a radiation oncologist decides whether protons are likely to offer a real advantage in a particular case.',
      ],
      zh: [
        '常规放疗使用X射线（光子）束，射线会穿透整个身体，沿途都会留下剂量，肿瘤后方的组织也不例外。质子的特性则不同：它在一个可以精确设定的深度释放大部分能量（即“布拉格峰”），越过这一深度后几乎不再释放能量。',
        '这使医生能够让照射剂量更紧密地贴合肿瘤形状，减少周围正常器官受到的照射。这一优势对儿童尤为重要，因为儿童正处于生长发育期，组织对射线更敏感，而且未来漫长的岁月中都可能出现远期不良反应；对于紧邻脑干、脊髓、眼睛或心脏等重要结构的肿瘤，这一优势同样明显。',
        '与常规放疗一样，质子治疗通常在数周内每天进行一次，每次时间不长，也没有痛感。质子治疗并非对所有肿瘤都更好，许多肿瘤采用常规放疗效果同样理想；是否能从质子治疗中真正获益，需要由放疗科医生根据具体病情判断。',
      ],
      ru: [
        'При обычной лучевой терапии используются пучки рентгеновского излучения (фотонов), которые проходят через всё тело и оставляют дозу на всём своём пути, в том числе за опухолью. Протоны ведут себя иначе: они отдают бóльшую часть энергии на точно заданной глубине — в так называемом пике Брэгга — и почти не облучают ткани дальше.',
        'Это позволяет врачам точнее «подогнать» дозу к форме опухоли и уменьшить облучение соседних здоровых органов. Особенно важно это для детей, чьи растущие ткани очень чувствительны к облучению и у которых впереди много лет, когда могут проявиться отдалённые последствия, а также при опухолях рядом с жизненно важными структурами — стволом мозга, спинным мозгом, глазами или сердцем.',
        'Как и обычная лучевая терапия, лечение, как правило, проводится короткими безболезненными ежедневными сеансами в течение нескольких недель. Протонная терапия не лучше при всех опухолях, и при многих видах рака обычное облучение столь же эффективно; даст ли протонная терапия реальное преимущество в конкретном случае, решает врач-радиотерапевт.',
      ],
      ar: [
        'يستخدم العلاج الإشعاعي التقليدي حزمًا من الأشعة السينية (الفوتونات) تخترق الجسم كله وتترك جرعة إشعاعية على امتداد مسارها، بما في ذلك ما وراء الورم. أما البروتونات فتسلك سلوكًا مختلفًا: إذ تُطلق معظم طاقتها عند عمق يمكن تحديده بدقة، وهو ما يُعرف بذروة براغ، ولا تكاد تُطلق شيئًا بعده.',
        'يتيح ذلك للأطباء مطابقة الجرعة لشكل الورم بدقة أكبر وتقليل الإشعاع الذي تتلقاه الأعضاء السليمة المجاورة. وتزداد أهمية هذه الميزة لدى الأطفال، لأن أنسجتهم النامية أشد حساسية للإشعاع، ولأن أمامهم سنوات طويلة قد تظهر فيها آثار متأخرة، وكذلك في الأورام المجاورة لبنى حيوية مثل جذع الدماغ أو الحبل الشوكي أو العينين أو القلب.',
        'وكما في العلاج الإشعاعي التقليدي، يُعطى العلاج عادةً في جلسات يومية قصيرة وغير مؤلمة على مدى عدة أسابيع. والعلاج بالبروتونات ليس أفضل لكل الأورام، ففي كثير من السرطانات يكون العلاج الإشعاعي التقليدي فعالًا بالقدر نفسه؛ ويقرر طبيب الأورام الإشعاعي ما إذا كانت البروتونات ستقدّم ميزة حقيقية في كل حالة بعينها.',
      ],
    },
  },
  conditions: [condition('solid-tumours'), condition('neuroblastoma')],
  eligibility: [
    { text: { en: 'A tumour for which radiotherapy is part of the recommended treatment.', zh: '所患肿瘤的推荐治疗方案中包含放疗。', ru: 'Опухоль, при которой лучевая терапия входит в рекомендованное лечение.', ar: 'ورم يكون العلاج الإشعاعي جزءًا من العلاج المُوصى به له.' } },
    { text: { en: 'A radiation oncologist judges that protons offer a real advantage over conventional radiotherapy — for example in a child, or when the tumour lies close to critical organs.', zh: '放疗科医生判断质子治疗相比常规放疗确有优势，例如儿童患者或肿瘤紧邻重要器官。', ru: 'Врач-радиотерапевт считает, что протоны дают реальное преимущество перед обычной лучевой терапией, — например, у ребёнка или если опухоль расположена рядом с жизненно важными органами.', ar: 'أن يرى طبيب الأورام الإشعاعي أن البروتونات تقدّم ميزة حقيقية مقارنةً بالعلاج الإشعاعي التقليدي، كما في حالة الأطفال أو حين يقع الورم قرب أعضاء حيوية.' } },
    { text: { en: 'Able to lie still for each session; young children may need light sedation.', zh: '每次治疗时能够保持静止不动；年幼的儿童可能需要轻度镇静。', ru: 'Возможность неподвижно лежать во время сеанса; маленьким детям может потребоваться лёгкая седация.', ar: 'القدرة على الاستلقاء دون حركة خلال كل جلسة، وقد يحتاج الأطفال الصغار إلى تهدئة خفيفة.' } },
  ],
  offeredAt: [],
  risks: [
    { title: { en: 'Skin reactions', zh: '皮肤反应', ru: 'Кожные реакции', ar: 'تفاعلات الجلد' }, description: { en: 'Redness, dryness or soreness of the skin in the treated area, which usually settles after treatment ends.', zh: '照射部位皮肤发红、干燥或疼痛，通常在治疗结束后逐渐消退。', ru: 'Покраснение, сухость или болезненность кожи в зоне облучения, которые обычно проходят после окончания лечения.', ar: 'احمرار الجلد أو جفافه أو ألمه في المنطقة المعالَجة، ويزول ذلك عادةً بعد انتهاء العلاج.' } },
    { title: { en: 'Tiredness', zh: '乏力', ru: 'Утомляемость', ar: 'الإرهاق' }, description: { en: 'Fatigue often builds up during the course and eases over the following weeks.', zh: '疗程中常出现逐渐加重的疲乏感，治疗结束后数周内会慢慢缓解。', ru: 'Усталость часто нарастает в ходе курса и постепенно проходит в последующие недели.', ar: 'كثيرًا ما يتزايد التعب خلال فترة العلاج ثم يخفّ في الأسابيع التالية.' } },
    { title: { en: 'Side effects near the treated area', zh: '照射部位相关的不良反应', ru: 'Побочные эффекты в зоне облучения', ar: 'آثار جانبية قرب المنطقة المعالَجة' }, description: { en: 'Depending on where the tumour is, there may be hair loss, nausea, or irritation of the mouth, throat or bowel.', zh: '根据肿瘤部位不同，可能出现脱发、恶心，或口腔、咽喉、肠道刺激症状。', ru: 'В зависимости от расположения опухоли возможны выпадение волос, тошнота, раздражение слизистой рта, горла или кишечника.', ar: 'بحسب موضع الورم قد يحدث تساقط للشعر أو غثيان أو تهيّج في الفم أو الحلق أو الأمعاء.' } },
    { title: { en: 'Late effects', zh: '远期影响', ru: 'Отдалённые последствия', ar: 'الآثار المتأخرة' }, description: { en: 'As with any radiotherapy, effects on growth, hormones or organ function can appear years later, which is why children need long-term follow-up.', zh: '与任何放疗一样，多年后可能出现对生长发育、内分泌或器官功能的影响，因此儿童患者需要长期随访。', ru: 'Как и после любой лучевой терапии, через годы могут проявиться последствия для роста, гормонального фона или работы органов, поэтому детям необходимо длительное наблюдение.', ar: 'كما في أي علاج إشعاعي، قد تظهر بعد سنوات آثار على النمو أو الهرمونات أو وظائف الأعضاء، ولهذا يحتاج الأطفال إلى متابعة طويلة الأمد.' } },
  ],
  faq: [
    {
      question: { en: 'Is proton therapy better than conventional radiotherapy?', zh: '质子治疗比常规放疗更好吗？', ru: 'Лучше ли протонная терапия обычной лучевой терапии?', ar: 'هل العلاج بالبروتونات أفضل من العلاج الإشعاعي التقليدي؟' },
      answer: { en: 'Not in every case. Its main advantage is sparing healthy tissue beyond the tumour, which matters most in children and near critical organs. For many cancers, conventional radiotherapy is equally effective.', zh: '并非所有情况都是如此。质子治疗的主要优势在于保护肿瘤后方的正常组织，这对儿童患者和紧邻重要器官的肿瘤最有意义。对于许多肿瘤，常规放疗同样有效。', ru: 'Не во всех случаях. Её главное преимущество — щадящее воздействие на здоровые ткани за опухолью, что важнее всего у детей и вблизи жизненно важных органов. При многих видах рака обычная лучевая терапия столь же эффективна.', ar: 'ليس في كل الحالات. فميزته الرئيسية هي تجنيب الأنسجة السليمة خلف الورم، وهو أمر بالغ الأهمية لدى الأطفال وقرب الأعضاء الحيوية. أما في كثير من السرطانات فالعلاج الإشعاعي التقليدي فعال بالقدر نفسه.' },
    },
    {
      question: { en: 'Does the treatment hurt?', zh: '治疗过程会疼吗？', ru: 'Больно ли это?', ar: 'هل العلاج مؤلم؟' },
      answer: { en: 'No. You feel nothing while the beam is on. Each session is short, although positioning takes a little time; young children may be given light sedation to help them lie still.', zh: '不会。照射时没有任何感觉。每次治疗时间不长，但摆位需要一些时间；年幼的儿童可能需要轻度镇静，以便保持静止。', ru: 'Нет. Во время облучения вы ничего не чувствуете. Сеанс короткий, хотя укладка занимает некоторое время; маленьким детям могут дать лёгкое седативное средство, чтобы им было легче лежать неподвижно.', ar: 'لا، فلا تشعر بشيء أثناء تشغيل الحزمة. والجلسة قصيرة وإن كان ضبط وضعية الجسم يستغرق بعض الوقت، وقد يُعطى الأطفال الصغار مهدئًا خفيفًا لمساعدتهم على الثبات.' },
    },
    {
      question: { en: 'Why are no success rates shown?', zh: '为什么这里没有列出疗效数据？', ru: 'Почему здесь нет показателей эффективности?', ar: 'لماذا لا تُعرض معدلات نجاح؟' },
      answer: { en: 'Results depend on the type and site of the tumour rather than on the beam alone, and our sources give no figures for proton therapy. Your radiation oncologist can explain what to expect for your specific tumour.', zh: '疗效主要取决于肿瘤的类型和部位，而不只取决于射线种类；而且我们掌握的资料中没有质子治疗的相关数据。针对您的具体肿瘤会有怎样的预期，放疗科医生可以为您解释。', ru: 'Результаты зависят прежде всего от типа и расположения опухоли, а не только от вида излучения, и в наших источниках нет данных о протонной терапии. Чего ожидать в вашем случае, объяснит врач-радиотерапевт.', ar: 'تتوقف النتائج على نوع الورم وموضعه أكثر من نوع الحزمة وحدها، ولا تتضمن مصادرنا أرقامًا عن العلاج بالبروتونات. ويمكن لطبيب الأورام الإشعاعي أن يشرح لك ما يمكن توقعه في حالتك.' },
    },
  ],
  heroImage: {
    key: 'therapy-proton-therapy',
    alt: { en: 'Abstract illustration with soft laboratory shapes on a navy-to-slate gradient', zh: '抽象插图：深海军蓝至石板灰渐变背景上的柔和实验室图形', ru: 'Абстрактная иллюстрация: мягкие лабораторные формы на градиенте от тёмно-синего к сланцево-серому', ar: 'رسم تجريدي بأشكال مخبرية ناعمة على تدرّج لوني من الكحلي إلى الرمادي الأردوازي' },
    colors: ['#1C3F5E', '#46505E'],
    motif: 'lab',
  },
}

export const therapies: TherapySeed[] = [carT, allogeneic, autologous, nkCell, proton]
