import type { ConditionSeed } from '@/seed/types'

/**
 * The shared vocabulary of diseases that therapies and stories point at.
 * Summaries are general, plain-language background (no figures), one sentence each.
 */
export const conditions: ConditionSeed[] = [
  {
    slug: 'acute-lymphoblastic-leukemia',
    name: { en: 'Acute lymphoblastic leukaemia (ALL)', zh: '急性淋巴细胞白血病（ALL）', ru: 'Острый лимфобластный лейкоз (ОЛЛ)', ar: 'ابيضاض الدم الليمفاوي الحاد (ALL)' },
    summary: {
      en: 'A fast-growing cancer of the blood and bone marrow in which immature lymphocytes multiply and crowd out healthy blood cells; it occurs in children and in adults.',
      zh: '一种进展迅速的血液和骨髓恶性肿瘤，未成熟的淋巴细胞大量增殖，挤占正常血细胞的生长空间；儿童和成人均可发病。',
      ru: 'Быстро развивающееся злокачественное заболевание крови и костного мозга, при котором незрелые лимфоциты размножаются и вытесняют здоровые клетки крови; встречается и у детей, и у взрослых.',
      ar: 'سرطان سريع التطور يصيب الدم ونخاع العظم، تتكاثر فيه الخلايا الليمفاوية غير الناضجة وتزاحم خلايا الدم السليمة؛ ويصيب الأطفال والبالغين.',
    },
  },
  {
    slug: 'acute-myeloid-leukemia',
    name: { en: 'Acute myeloid leukaemia (AML)', zh: '急性髓系白血病（AML）', ru: 'Острый миелоидный лейкоз (ОМЛ)', ar: 'ابيضاض الدم النقوي الحاد (AML)' },
    summary: {
      en: 'A fast-growing blood cancer in which abnormal immature myeloid cells build up in the bone marrow and stop it from making enough normal blood cells; it occurs mostly in adults.',
      zh: '一种进展迅速的血液恶性肿瘤，异常的未成熟髓系细胞在骨髓中大量积聚，使骨髓无法生成足够的正常血细胞；多见于成人。',
      ru: 'Быстро прогрессирующее онкологическое заболевание крови, при котором в костном мозге накапливаются аномальные незрелые миелоидные клетки и он перестаёт вырабатывать достаточно нормальных клеток крови; чаще встречается у взрослых.',
      ar: 'سرطان دم سريع التطور تتراكم فيه خلايا نقوية غير ناضجة وغير طبيعية في نخاع العظم، فيعجز عن إنتاج ما يكفي من خلايا الدم السليمة؛ ويصيب البالغين في الغالب.',
    },
  },
  {
    slug: 'b-cell-lymphoma',
    name: { en: 'B-cell lymphoma', zh: 'B细胞淋巴瘤', ru: 'B-клеточная лимфома', ar: 'اللمفوما بالخلايا البائية' },
    summary: {
      en: 'A group of cancers of the lymphatic system that start in B lymphocytes and often show up as swollen lymph nodes; some types grow slowly, others quickly.',
      zh: '起源于B淋巴细胞的一组淋巴系统恶性肿瘤，常表现为淋巴结肿大；有的类型进展缓慢，有的进展较快。',
      ru: 'Группа злокачественных опухолей лимфатической системы, которые развиваются из B-лимфоцитов и часто проявляются увеличением лимфатических узлов; одни формы растут медленно, другие — быстро.',
      ar: 'مجموعة من سرطانات الجهاز الليمفاوي تنشأ في الخلايا الليمفاوية البائية، وكثيرًا ما تظهر على شكل تضخم في العقد الليمفاوية؛ بعض أنواعها بطيء النمو وبعضها سريع.',
    },
  },
  {
    slug: 'multiple-myeloma',
    name: { en: 'Multiple myeloma', zh: '多发性骨髓瘤', ru: 'Множественная миелома', ar: 'الورم النقوي المتعدد' },
    summary: {
      en: 'A cancer of the plasma cells in the bone marrow that can weaken the bones, affect the kidneys and lower blood counts; it mostly affects older adults.',
      zh: '骨髓中浆细胞发生的恶性肿瘤，可引起骨质破坏、肾功能损害和血细胞减少；多见于中老年人。',
      ru: 'Злокачественное заболевание плазматических клеток костного мозга, которое может разрушать кости, поражать почки и снижать показатели крови; чаще встречается у людей старшего возраста.',
      ar: 'سرطان يصيب خلايا البلازما في نخاع العظم، وقد يُضعف العظام ويؤثر في الكليتين ويُخفض تعداد خلايا الدم؛ ويصيب كبار السن في الغالب.',
    },
  },
  {
    slug: 'myelodysplastic-syndrome',
    name: { en: 'Myelodysplastic syndrome (MDS)', zh: '骨髓增生异常综合征（MDS）', ru: 'Миелодиспластический синдром (МДС)', ar: 'متلازمة خلل التنسج النقوي (MDS)' },
    summary: {
      en: 'A group of bone-marrow disorders in which blood cells do not mature properly, leading to low blood counts; in some people it can progress to acute leukaemia.',
      zh: '一组骨髓克隆性疾病，血细胞不能正常发育成熟，导致血细胞减少；部分患者可进展为急性白血病。',
      ru: 'Группа заболеваний костного мозга, при которых клетки крови не созревают нормально, из-за чего снижаются их показатели; у части пациентов болезнь может перейти в острый лейкоз.',
      ar: 'مجموعة من اضطرابات نخاع العظم لا تنضج فيها خلايا الدم بصورة سليمة، مما يؤدي إلى انخفاض تعدادها؛ وقد تتطور لدى بعض المرضى إلى ابيضاض دم حاد.',
    },
  },
  {
    slug: 'severe-aplastic-anemia',
    name: { en: 'Severe aplastic anaemia', zh: '重型再生障碍性贫血', ru: 'Тяжёлая апластическая анемия', ar: 'فقر الدم اللاتنسّجي الشديد' },
    summary: {
      en: 'A rare condition in which the bone marrow stops making enough red cells, white cells and platelets, causing tiredness, infections and bleeding; it is not a cancer but needs prompt specialist care.',
      zh: '一种少见疾病，骨髓不能生成足够的红细胞、白细胞和血小板，引起乏力、感染和出血；它不是癌症，但需要尽早接受专科治疗。',
      ru: 'Редкое заболевание, при котором костный мозг перестаёт вырабатывать достаточно эритроцитов, лейкоцитов и тромбоцитов, что вызывает слабость, инфекции и кровотечения; это не рак, но оно требует безотлагательного лечения у специалистов.',
      ar: 'حالة نادرة يتوقف فيها نخاع العظم عن إنتاج ما يكفي من خلايا الدم الحمراء والبيضاء والصفائح الدموية، مما يسبب الإرهاق والعدوى والنزيف؛ وهي ليست سرطانًا، لكنها تستدعي رعاية تخصصية دون تأخير.',
    },
  },
  {
    slug: 'thalassemia-major',
    name: { en: 'Thalassaemia major', zh: '重型地中海贫血', ru: 'Большая талассемия', ar: 'الثلاسيميا الكبرى' },
    summary: {
      en: 'An inherited blood disorder in which the body cannot make enough normal haemoglobin, so affected children need regular blood transfusions from early in life.',
      zh: '一种遗传性血液病，身体无法合成足够的正常血红蛋白，患儿从幼年起就需要定期输血。',
      ru: 'Наследственное заболевание крови, при котором организм не может вырабатывать достаточно нормального гемоглобина, поэтому детям с раннего возраста нужны регулярные переливания крови.',
      ar: 'اضطراب دموي وراثي لا يستطيع فيه الجسم إنتاج ما يكفي من الهيموغلوبين الطبيعي، فيحتاج الأطفال المصابون إلى نقل دم منتظم منذ سن مبكرة.',
    },
  },
  {
    slug: 'immune-thrombocytopenia',
    name: { en: 'Immune thrombocytopenia (ITP)', zh: '免疫性血小板减少症（ITP）', ru: 'Иммунная тромбоцитопения (ИТП)', ar: 'نقص الصفيحات المناعي (ITP)' },
    summary: {
      en: 'A condition in which the immune system destroys platelets, causing easy bruising, nosebleeds or other bleeding; it is not a cancer and is often managed with medicines.',
      zh: '免疫系统错误地破坏血小板，导致容易出现瘀斑、鼻出血或其他部位出血；它不是癌症，通常可以通过药物控制。',
      ru: 'Заболевание, при котором иммунная система разрушает тромбоциты, из-за чего легко появляются синяки, носовые и другие кровотечения; это не рак, и его часто удаётся контролировать лекарствами.',
      ar: 'حالة يهاجم فيها الجهاز المناعي الصفائح الدموية ويدمّرها، فتظهر الكدمات بسهولة ويحدث نزيف من الأنف أو من مواضع أخرى؛ وهي ليست سرطانًا، وغالبًا ما يمكن السيطرة عليها بالأدوية.',
    },
  },
  {
    slug: 'neuroblastoma',
    name: { en: 'Neuroblastoma', zh: '神经母细胞瘤', ru: 'Нейробластома', ar: 'الورم الأرومي العصبي' },
    summary: {
      en: 'A cancer of immature nerve cells that most often starts in the adrenal glands or along the spine and mainly affects babies and young children.',
      zh: '起源于未成熟神经细胞的恶性肿瘤，最常发生于肾上腺或脊柱旁，主要见于婴幼儿。',
      ru: 'Злокачественная опухоль из незрелых нервных клеток, которая чаще всего возникает в надпочечниках или вдоль позвоночника и в основном встречается у младенцев и детей младшего возраста.',
      ar: 'سرطان ينشأ في خلايا عصبية غير ناضجة، ويبدأ في الغالب في الغدتين الكظريتين أو على امتداد العمود الفقري، ويصيب الرضّع وصغار الأطفال بشكل رئيسي.',
    },
  },
  {
    slug: 'solid-tumours',
    name: { en: 'Solid tumours', zh: '实体瘤', ru: 'Солидные опухоли', ar: 'الأورام الصلبة' },
    summary: {
      en: 'Cancers that form a lump in an organ or tissue — for example in the brain, bones, muscles or abdominal organs — as opposed to cancers of the blood.',
      zh: '在器官或组织中形成肿块的恶性肿瘤，例如发生于脑、骨骼、肌肉或腹腔脏器的肿瘤，与血液系统肿瘤相对而言。',
      ru: 'Злокачественные опухоли, образующие узел в органе или ткани — например, в головном мозге, костях, мышцах или органах брюшной полости, — в отличие от опухолей системы крови.',
      ar: 'سرطانات تُكوِّن كتلة في عضو أو نسيج، كالدماغ أو العظام أو العضلات أو أعضاء البطن، وذلك بخلاف سرطانات الدم.',
    },
  },
]
