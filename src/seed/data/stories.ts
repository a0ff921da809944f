import type { StorySeed } from '@/seed/types'

/**
 * Demo patient stories. All three are marked illustrative: the first retells, in our own words, a case
 * described in source-documents/002_06b360230a8bec42.txt (name reduced to an initial, dates approximate);
 * the other two are composite examples of a typical journey and describe no real person.
 */
export const stories: StorySeed[] = [
  {
    slug: 'teenager-all-car-t',
    title: {
      en: 'A teenager from the Sichuan mountains and CAR-T therapy for leukaemia',
      zh: '四川山村少年的CAR-T细胞治疗之路',
      ru: 'Подросток из горной деревни Сычуани и CAR-T-клеточная терапия лейкоза',
      ar: 'مراهق من قرية جبلية في سيتشوان ورحلته مع العلاج بخلايا CAR-T',
    },
    patientAlias: { en: 'H.', zh: '小H', ru: 'Х.', ar: 'هـ.' },
    ageGroup: 'teen',
    homeCountry: 'CN',
    condition: { ref: 'conditions', slug: 'acute-lymphoblastic-leukemia' },
    therapy: { ref: 'therapies', slug: 'car-t-cell-therapy' },
    timeline: [
      {
        date: '2019-01-14',
        event: {
          en: 'A pain in his right arm will not go away; tests show acute lymphoblastic leukaemia.',
          zh: '右臂疼痛迟迟不见好转，经检查确诊为急性淋巴细胞白血病。',
          ru: 'Боль в правой руке долго не проходит; обследование выявляет острый лимфобластный лейкоз.',
          ar: 'ألم مستمر في ذراعه اليمنى يقود إلى فحوص تكشف إصابته بابيضاض الدم الليمفاوي الحاد.',
        },
      },
      {
        date: '2019-01-28',
        event: {
          en: 'Chemotherapy begins; over the following months he has three rounds, with frequent hospital visits and blood tests.',
          zh: '开始化疗；此后数月间共接受三个疗程，频繁往返医院、反复抽血检查。',
          ru: 'Начало химиотерапии: за следующие месяцы — три курса, частые поездки в больницу и анализы крови.',
          ar: 'بدء العلاج الكيميائي؛ يتلقى خلال الأشهر التالية ثلاث دورات، مع زيارات متكررة للمستشفى وتحاليل دم منتظمة.',
        },
      },
      {
        date: '2019-04-15',
        event: {
          en: 'His doctor suggests CAR-T cell therapy as part of a clinical trial.',
          zh: '主治医生建议他参加一项临床试验，接受CAR-T细胞治疗。',
          ru: 'Лечащий врач предлагает CAR-T-клеточную терапию в рамках клинического исследования.',
          ar: 'يقترح عليه طبيبه المعالج العلاج بخلايا CAR-T ضمن تجربة سريرية.',
        },
      },
      {
        date: '2019-05-06',
        event: {
          en: 'About three weeks in hospital: his white blood cells are collected, genetically engineered in a laboratory and infused back.',
          zh: '住院约三周：采集白细胞，在实验室进行基因改造后回输体内。',
          ru: 'Около трёх недель в стационаре: у него забирают лейкоциты, генетически модифицируют их в лаборатории и вводят обратно.',
          ar: 'يمكث في المستشفى نحو ثلاثة أسابيع: تُجمع خلاياه البيضاء، وتُعدَّل وراثيًا في المختبر، ثم تُعاد إلى جسمه.',
        },
      },
      {
        date: '2019-06-17',
        event: {
          en: 'A bone-marrow test shows no detectable leukaemia.',
          zh: '骨髓检查未发现可检测到的白血病细胞。',
          ru: 'Исследование костного мозга не выявляет признаков лейкоза.',
          ar: 'فحص نخاع العظم لا يُظهر أي أثر قابل للكشف لابيضاض الدم.',
        },
      },
      {
        date: '2019-12-16',
        event: {
          en: 'Seven months on, his monthly check-ups at a hospital in Chongqing are still clear.',
          zh: '七个月后，他在重庆一家医院的每月复查结果仍然正常。',
          ru: 'Спустя семь месяцев ежемесячные обследования в больнице Чунцина по-прежнему не показывают признаков болезни.',
          ar: 'بعد سبعة أشهر، ما زالت فحوصه الشهرية في أحد مستشفيات مدينة تشونغتشينغ خالية من المرض.',
        },
      },
    ],
    outcome: {
      summary: {
        en: "About seven months after CAR-T treatment, H.'s monthly tests at a hospital in Chongqing still showed no detectable leukaemia. This is an encouraging result, not a guarantee: leukaemia can return after CAR-T, which is why regular check-ups continue.",
        zh: 'CAR-T治疗约七个月后，小H在重庆一家医院的每月复查中仍未发现白血病。这一结果令人鼓舞，但并不意味着万无一失：CAR-T治疗后白血病仍有复发的可能，因此需要坚持定期复查。',
        ru: 'Примерно через семь месяцев после CAR-T-терапии ежемесячные обследования Х. в больнице Чунцина по-прежнему не выявляли лейкоза. Это обнадёживающий результат, но не гарантия: после CAR-T-терапии лейкоз может вернуться, поэтому регулярное наблюдение продолжается.',
        ar: 'بعد نحو سبعة أشهر من العلاج بخلايا CAR-T، لم تُظهر الفحوص الشهرية التي يجريها هـ. في أحد مستشفيات تشونغتشينغ أي أثر قابل للكشف لابيضاض الدم. إنها نتيجة مشجِّعة، لكنها ليست ضمانًا؛ إذ قد يعود المرض بعد هذا العلاج، ولذلك تستمر المتابعة المنتظمة.',
      },
      followUpDate: '2019-12-16',
    },
    // No quote: the published account contains none, and we do not put words into a real person's mouth.
    body: {
      rich: {
        en: [
          'This illustrative story is retold in our own words from a case described in a public article about cancer care in China. To protect the young man\'s privacy we use only an initial. The account does not name the hospital that treated him, and the dates in the timeline are approximate.',
          'H. grew up in a village deep in the mountains of Sichuan province, in south-west China. He loved basketball and hoped to go to a specialised sports high school. Then a pain in his right arm would not go away, and tests found the cause: acute lymphoblastic leukaemia, a cancer of the white blood cells.',
          'What followed will sound familiar to many families: one hospital visit after another, blood test after blood test, and three rounds of chemotherapy. As the options were running out, his doctor raised another possibility: CAR-T cell therapy, offered within a clinical trial of a new treatment.',
          'CAR-T works with the patient\'s own immune cells. In May, H. spent about three weeks in hospital. His white blood cells were collected, the T cells among them were genetically changed in a laboratory so that they could recognise and attack leukaemia cells, and the modified cells were then given back to him through a drip. A bone-marrow test in June found no detectable leukaemia.',
          'Seven months later he was having monthly check-ups at a hospital in the nearby city of Chongqing, and the results were still clear. His story shows what CAR-T can achieve for some patients; it does not mean the same result for everyone. Whether CAR-T, a clinical trial or a stem cell transplant is the right step depends on the type of leukaemia and the treatment already given, and only the treating doctors can judge that.',
        ],
        zh: [
          '本故事为示例性内容，根据一篇介绍中国癌症诊疗的公开文章中所描述的病例，用我们自己的语言重新讲述。为保护这位少年的隐私，我们只使用他的化名。原文没有提及为他治疗的医院，时间线中的日期也只是大致时间。',
          '小H在四川省一座深山里的村庄长大。他热爱篮球，梦想着考进一所体育特色高中。后来，他的右臂出现疼痛，迟迟不见好转。检查揭示了病因：急性淋巴细胞白血病——一种起源于白细胞的血液肿瘤。',
          '接下来的经历，许多患者家庭都不会陌生：一次又一次往返医院，一次又一次抽血化验，先后接受了三个疗程的化疗。在可选方案越来越少的时候，医生提出了另一条路：参加一项新疗法的临床试验，接受CAR-T细胞治疗。',
          'CAR-T疗法利用的是患者自身的免疫细胞。那年五月，小H住院约三周：医生先采集他的白细胞，在实验室中对其中的T细胞进行基因改造，使其能够识别并攻击白血病细胞，再通过静脉输注回他的体内。六月的骨髓检查没有发现可检测到的白血病细胞。',
          '七个月后，他在邻近的重庆市一家医院每月复查，结果依然正常。他的经历说明了CAR-T能为部分患者带来的可能，但并不意味着每个人都会得到同样的结果。选择CAR-T、临床试验还是造血干细胞移植，取决于白血病的类型和既往治疗情况，只有主治医生才能作出判断。',
        ],
        ru: [
          'Эта иллюстративная история пересказана нашими словами по случаю, описанному в открытой статье о лечении рака в Китае. Чтобы защитить частную жизнь молодого человека, мы указываем только инициал. Больница, где он лечился, в публикации не названа, а даты на временной шкале приблизительные.',
          'Х. вырос в деревне высоко в горах провинции Сычуань на юго-западе Китая. Он увлекался баскетболом и мечтал учиться в профильной спортивной школе. Но боль в правой руке никак не проходила, и обследование выявило её причину: острый лимфобластный лейкоз — злокачественное заболевание, поражающее белые клетки крови.',
          'Дальше было то, что знакомо многим семьям: бесконечные поездки в больницу, анализ за анализом и три курса химиотерапии. Когда возможностей оставалось всё меньше, лечащий врач предложил ещё один путь — CAR-T-клеточную терапию в рамках клинического исследования нового метода лечения.',
          'CAR-T-терапия использует собственные иммунные клетки пациента. В мае Х. провёл в больнице около трёх недель. У него забрали лейкоциты, в лаборатории генетически изменили содержащиеся среди них Т-лимфоциты так, чтобы они распознавали и уничтожали лейкозные клетки, а затем ввели модифицированные клетки обратно через капельницу. Исследование костного мозга в июне не выявило признаков лейкоза.',
          'Спустя семь месяцев Х. ежемесячно проходил обследования в больнице соседнего крупного города Чунцина, и признаков болезни по-прежнему не находили. Его история показывает, чего CAR-T-терапия может достичь у части пациентов, но не означает такого же результата для всех. Что подходит в конкретном случае — CAR-T-терапия, клиническое исследование или трансплантация стволовых клеток, — зависит от типа лейкоза и уже проведённого лечения, и оценить это могут только лечащие врачи.',
        ],
        ar: [
          'هذه قصة توضيحية نرويها بكلماتنا استنادًا إلى حالة وردت في مقال منشور عن علاج السرطان في الصين. وحفاظًا على خصوصية هذا الشاب نكتفي بالحرف الأول من اسمه. ولم يذكر المقال اسم المستشفى الذي عالجه، كما أن التواريخ الواردة في الجدول الزمني تقريبية.',
          'نشأ هـ. في قرية نائية بين جبال مقاطعة سيتشوان في جنوب غرب الصين. كان شغوفًا بكرة السلة ويحلم بالالتحاق بمدرسة ثانوية متخصصة في الرياضة. ثم بدأ يشعر بألم في ذراعه اليمنى لا يزول، وكشفت الفحوص السبب: ابيضاض الدم الليمفاوي الحاد، وهو سرطان يصيب خلايا الدم البيضاء.',
          'ثم جاءت مرحلة تعرفها أسر كثيرة: زيارات متكررة للمستشفى، وتحاليل دم لا تنقطع، وثلاث دورات من العلاج الكيميائي. وحين بدأت الخيارات تضيق، اقترح عليه طبيبه سبيلًا آخر: العلاج بخلايا CAR-T ضمن تجربة سريرية لعلاج جديد.',
          'يعتمد العلاج بخلايا CAR-T على الخلايا المناعية للمريض نفسه. ففي شهر مايو/أيار أمضى هـ. نحو ثلاثة أسابيع في المستشفى؛ جُمعت خلالها خلاياه البيضاء، ثم عُدِّلت خلايا T منها وراثيًا في المختبر لتتعرف على خلايا ابيضاض الدم وتهاجمها، وأُعيدت الخلايا المعدَّلة إلى جسمه عبر التسريب الوريدي. وفي يونيو/حزيران لم يكشف فحص نخاع العظم عن أي أثر قابل للكشف للمرض.',
          'وبعد سبعة أشهر، كان هـ. يخضع لفحوص شهرية في أحد مستشفيات مدينة تشونغتشينغ القريبة، وظلت نتائجها خالية من المرض. تُظهر قصته ما يمكن أن يحققه هذا العلاج لبعض المرضى، لكنها لا تعني أن الجميع سيحصلون على النتيجة نفسها. أما اختيار الخطوة المناسبة، سواء أكانت العلاج بخلايا CAR-T أم تجربة سريرية أم زرع الخلايا الجذعية، فيتوقف على نوع ابيضاض الدم والعلاجات السابقة، والأطباء المعالجون وحدهم قادرون على تقدير ذلك.',
        ],
      },
    },
    illustrative: true,
    consent: { givenBy: 'guardian', date: '2019-12-20', reference: 'DEMO-CONSENT-001' },
    image: {
      key: 'story-teenager-all-car-t',
      alt: {
        en: 'Abstract illustration: a winding path across soft blue and teal layers, symbolising a treatment journey',
        zh: '抽象插图：一条小路蜿蜒穿过柔和的蓝色与青绿色层次，象征治疗历程',
        ru: 'Абстрактная иллюстрация: извилистая тропа среди мягких сине-бирюзовых слоёв — символ пути лечения',
        ar: 'رسم تجريدي: درب متعرّج يمتد عبر طبقات ناعمة من الأزرق والأخضر المزرق، يرمز إلى رحلة العلاج',
      },
      colors: ['#1d4e89', '#2a7f8f'],
      motif: 'journey',
    },
  },

  {
    slug: 'child-thalassemia-unrelated-donor-transplant',
    title: {
      en: 'A child with thalassaemia major and an unrelated-donor transplant in Chengdu',
      zh: '重型地中海贫血患儿在成都接受非血缘造血干细胞移植',
      ru: 'Ребёнок с большой талассемией: трансплантация от неродственного донора в Чэнду',
      ar: 'طفل مصاب بالثلاسيميا الكبرى وزرع خلايا جذعية من متبرع غير قريب في تشنغدو',
    },
    patientAlias: { en: 'D.', zh: '小D', ru: 'Д.', ar: 'د.' },
    ageGroup: 'child',
    homeCountry: 'KZ',
    condition: { ref: 'conditions', slug: 'thalassemia-major' },
    therapy: { ref: 'therapies', slug: 'allogeneic-stem-cell-transplant' },
    hospital: { ref: 'hospitals', slug: 'west-china-second-hospital' },
    timeline: [
      {
        date: '2017-09-12',
        event: {
          en: 'Thalassaemia major is diagnosed in infancy; regular blood transfusions and iron-removing (chelation) treatment begin.',
          zh: '婴儿期确诊重型地中海贫血，开始定期输血和祛铁治疗。',
          ru: 'В младенчестве диагностирована большая талассемия; начинаются регулярные переливания крови и хелаторная терапия для выведения избытка железа.',
          ar: 'تشخيص الثلاسيميا الكبرى في سن الرضاعة، وبدء نقل الدم المنتظم وعلاج خلب الحديد للتخلص من الحديد الزائد.',
        },
      },
      {
        date: '2021-10-04',
        event: {
          en: "The family sends the child's medical records to the paediatric haematology team in Chengdu, which reviews whether a transplant is an option.",
          zh: '家长将孩子的病历资料发送至成都的儿童血液科团队，由其评估是否适合移植。',
          ru: 'Семья отправляет медицинскую документацию ребёнка детским гематологам в Чэнду, которые оценивают, возможна ли трансплантация.',
          ar: 'ترسل الأسرة السجلات الطبية للطفل إلى فريق أمراض الدم لدى الأطفال في تشنغدو لتقييم إمكانية الزرع.',
        },
      },
      {
        date: '2021-11-22',
        event: {
          en: 'Tissue typing finds no matched donor in the family; a search for an unrelated donor begins.',
          zh: 'HLA配型显示家庭成员中没有相合的供者，开始寻找非血缘供者。',
          ru: 'HLA-типирование показывает, что совместимого донора в семье нет; начинается поиск неродственного донора.',
          ar: 'يُظهر فحص توافق الأنسجة (HLA) عدم وجود متبرع متوافق في العائلة، فيبدأ البحث عن متبرع غير قريب.',
        },
      },
      {
        date: '2022-04-11',
        event: {
          en: 'A suitable unrelated donor has been found. Admission to the laminar-flow transplant ward; conditioning treatment prepares the bone marrow.',
          zh: '找到合适的非血缘供者。患儿入住造血干细胞移植层流病房，开始预处理。',
          ru: 'Подходящий неродственный донор найден. Госпитализация в ламинарное трансплантационное отделение; начинается кондиционирование.',
          ar: 'بعد العثور على متبرع غير قريب مناسب، يُدخَل الطفل جناح الزرع المزوَّد بتدفق هوائي صفائحي، ويبدأ العلاج التهيئي لإعداد نخاع العظم.',
        },
      },
      {
        date: '2022-04-20',
        event: {
          en: "Transplant day: the donor's stem cells are given through a drip.",
          zh: '移植日：经静脉输注供者的造血干细胞。',
          ru: 'День трансплантации: стволовые клетки донора вводят внутривенно капельно.',
          ar: 'يوم الزرع: تُعطى الخلايا الجذعية من المتبرع عبر التسريب الوريدي.',
        },
      },
      {
        date: '2022-05-16',
        event: {
          en: 'The new cells begin to make blood (engraftment), and the child leaves the laminar-flow ward for close outpatient follow-up.',
          zh: '供者细胞植入并开始造血，患儿离开层流病房，转为密切的门诊随访。',
          ru: 'Донорские клетки приживаются и начинают производить кровь; ребёнок покидает ламинарное отделение и переходит на амбулаторное наблюдение.',
          ar: 'تنغرس الخلايا الجديدة وتبدأ في إنتاج الدم، فيغادر الطفل جناح التدفق الصفائحي لمتابعة دقيقة في العيادات الخارجية.',
        },
      },
      {
        date: '2022-08-08',
        event: {
          en: 'Return home to Kazakhstan with a follow-up plan agreed with the local doctors.',
          zh: '返回哈萨克斯坦，按照与当地医生商定的计划继续随访。',
          ru: 'Возвращение домой в Казахстан с планом наблюдения, согласованным с местными врачами.',
          ar: 'العودة إلى كازاخستان مع خطة متابعة متفق عليها مع الأطباء المحليين.',
        },
      },
    ],
    outcome: {
      summary: {
        en: 'In this illustrative path, the donor cells took hold and, at the check-up about a year after the transplant, the child no longer needed regular transfusions. This describes a hoped-for course, not a guaranteed one: a transplant carries serious risks, including infection, graft failure and graft-versus-host disease, and follow-up lasts for years.',
        zh: '在这一示例中，供者细胞成功植入；移植约一年后复查时，孩子已不再需要定期输血。这里描述的是一种理想的病程，而非必然的结果：移植存在严重风险，包括感染、植入失败和移植物抗宿主病，术后还需要多年随访。',
        ru: 'В этом иллюстративном примере донорские клетки прижились, и на контрольном обследовании примерно через год после трансплантации ребёнку уже не требовались регулярные переливания крови. Это описание желаемого течения, а не гарантированного: трансплантация сопряжена с серьёзными рисками, включая инфекции, неприживление трансплантата и реакцию «трансплантат против хозяина», а наблюдение продолжается годами.',
        ar: 'في هذا المسار التوضيحي انغرست خلايا المتبرع، وعند الفحص الذي أُجري بعد نحو عام من الزرع لم يعد الطفل بحاجة إلى نقل الدم المنتظم. هذا وصف لمسار مأمول وليس مضمونًا؛ فالزرع ينطوي على مخاطر جدية، منها العدوى وفشل انغراس الطُّعم وداء الطُّعم حيال الثوي، وتستمر المتابعة سنوات.',
      },
      followUpDate: '2023-04-24',
    },
    quote: {
      en: "What helped us most was that someone explained each day's results to us. Once we understood the small steps, the long wait became easier to bear.",
      zh: '对我们帮助最大的，是每天都有人给我们解释检查结果。弄懂了每一个小进展，漫长的等待也就没那么难熬了。',
      ru: 'Больше всего нам помогало то, что каждый день кто-то объяснял нам результаты анализов. Когда понимаешь маленькие шаги, долгое ожидание переносится легче.',
      ar: 'أكثر ما ساعدنا أن أحدًا كان يشرح لنا نتائج كل يوم. وحين فهمنا الخطوات الصغيرة، صار الانتظار الطويل أهون.',
    },
    body: {
      rich: {
        en: [
          'This illustrative story describes a typical path for a child with thalassaemia major who receives a stem cell transplant from an unrelated donor. It is a composite example, not the story of a real patient; it is meant to help families picture the main steps.',
          'Thalassaemia major is an inherited blood disorder in which the body cannot make enough healthy haemoglobin. Many children rely on regular blood transfusions from early childhood, together with medicines that remove the extra iron that builds up from the transfusions. A stem cell transplant from a healthy donor can replace the blood-forming system, which is why families often ask about it. It is, however, a demanding treatment, and doctors weigh its benefits and risks carefully for every child.',
          'In our example, D. lives in Kazakhstan and has no brother or sister whose tissue type matches. The family contacts the Division of Pediatric Hematology and Oncology at West China Second University Hospital, Sichuan University, in Chengdu. The division describes itself as the only institution in Sichuan province qualified to carry out transplants from unrelated donors, and it has used this treatment for children with thalassaemia major, acute leukaemia, severe aplastic anaemia and other diseases.',
          "When a suitable unrelated donor has been found, D. is admitted to the division's laminar-flow transplant ward, where a constant stream of filtered air helps protect children whose immune defences are very weak. Conditioning treatment prepares the bone marrow over several days; the donor's stem cells are then given through a drip, much like a blood transfusion. In the weeks that follow, the team waits for the new cells to settle and start making blood, while watching closely for infections and for graft-versus-host disease, in which the donor's immune cells react against the child's body.",
          'After leaving the ward, children usually need frequent check-ups near the hospital for some time before they can travel home, and follow-up continues for years together with doctors in the home country. How long the whole process takes, and how it turns out, differs from child to child; only the treating team can give a personal assessment.',
        ],
        zh: [
          '本故事为示例性内容，描述一名重型地中海贫血患儿接受非血缘供者造血干细胞移植的典型过程。它综合了常见情况，并非某位真实患者的经历，旨在帮助家长了解治疗的主要步骤。',
          '重型地中海贫血是一种遗传性血液病，患者自身无法生成足够的正常血红蛋白。许多孩子从幼年起就要依靠定期输血，同时使用祛铁药物，排出因输血而在体内蓄积的多余铁。来自健康供者的造血干细胞移植可以重建造血系统，因此常常受到家长的关注。但移植是一项强度很大的治疗，医生会针对每个孩子仔细权衡利弊。',
          '在这个示例中，小D生活在哈萨克斯坦，没有与其HLA配型相合的兄弟姐妹。家长联系了位于成都的四川大学华西第二医院儿童血液肿瘤科。据该科介绍，它是四川省唯一具备非血缘造血干细胞移植资质的医疗机构，并已运用这项技术治疗重型地中海贫血、急性白血病、重型再生障碍性贫血等疾病的患儿。',
          '找到合适的非血缘供者后，小D入住该科的造血干细胞移植层流病房。层流病房持续送入经过过滤的洁净空气，为免疫力极低的孩子提供保护。预处理需要数天时间，为植入新的造血干细胞做好准备；随后，供者的干细胞像输血一样经静脉输入。接下来的几周里，医护团队一边等待新细胞“安家”并开始造血，一边密切监测感染和移植物抗宿主病——即供者的免疫细胞攻击患儿身体的情况。',
          '离开层流病房后，孩子通常还需要在医院附近定期复查一段时间，才能返回家乡；此后的随访将与本国医生配合进行，持续多年。整个过程需要多长时间、结果如何，因人而异；只有主治团队才能给出针对个人的评估。',
        ],
        ru: [
          'Эта иллюстративная история описывает типичный путь ребёнка с большой талассемией, которому проводят трансплантацию стволовых клеток от неродственного донора. Это собирательный пример, а не история реального пациента: он помогает семьям представить основные этапы лечения.',
          'Большая талассемия — наследственное заболевание крови, при котором организм не способен вырабатывать достаточно нормального гемоглобина. Многие дети с раннего возраста зависят от регулярных переливаний крови и принимают препараты, выводящие избыток железа, который накапливается из-за трансфузий. Трансплантация стволовых клеток от здорового донора может заменить кроветворную систему, поэтому семьи часто спрашивают о ней. Однако это тяжёлое лечение, и врачи тщательно взвешивают пользу и риски для каждого ребёнка.',
          'В нашем примере Д. живёт в Казахстане, и среди братьев и сестёр нет совместимого по HLA донора. Семья обращается в отделение детской гематологии и онкологии Второй университетской больницы Западного Китая (Сычуаньский университет) в Чэнду. По описанию самого отделения, это единственное учреждение в провинции Сычуань, имеющее допуск к трансплантациям от неродственных доноров; здесь этим методом лечили детей с большой талассемией, острыми лейкозами, тяжёлой апластической анемией и другими заболеваниями.',
          'Когда подходящий неродственный донор найден, Д. госпитализируют в ламинарное трансплантационное отделение, где постоянный поток отфильтрованного воздуха помогает защитить детей с резко ослабленным иммунитетом. В течение нескольких дней проводится кондиционирование, подготавливающее костный мозг; затем стволовые клетки донора вводят внутривенно капельно — примерно как при переливании крови. В следующие недели команда ждёт, когда новые клетки приживутся и начнут производить кровь, и внимательно следит за инфекциями и реакцией «трансплантат против хозяина», при которой иммунные клетки донора атакуют ткани ребёнка.',
          'После выписки из отделения детям обычно ещё какое-то время нужны частые обследования неподалёку от больницы, прежде чем можно будет вернуться домой, а наблюдение продолжается годами совместно с врачами на родине. Сколько длится весь процесс и чем он закончится, у каждого ребёнка по-своему; индивидуальную оценку может дать только лечащая команда.',
        ],
        ar: [
          'هذه قصة توضيحية تصف المسار المعتاد لطفل مصاب بالثلاسيميا الكبرى يخضع لزرع الخلايا الجذعية من متبرع غير قريب. إنها مثال مركّب من حالات شائعة، وليست قصة مريض حقيقي، والغرض منها أن تساعد الأسر على تصوّر الخطوات الرئيسية للعلاج.',
          'الثلاسيميا الكبرى اضطراب وراثي في الدم يعجز فيه الجسم عن إنتاج ما يكفي من الهيموغلوبين السليم. ويعتمد كثير من الأطفال منذ سنواتهم الأولى على نقل الدم بانتظام، إلى جانب أدوية تخلّص الجسم من الحديد الزائد الذي يتراكم بسبب عمليات النقل. ويمكن لزرع الخلايا الجذعية من متبرع سليم أن يستبدل الجهاز المكوّن للدم، ولهذا تسأل الأسر عنه كثيرًا. غير أنه علاج شاق، ويوازن الأطباء بعناية بين فوائده ومخاطره لكل طفل على حدة.',
          'في مثالنا، يعيش د. في كازاخستان، وليس له أخ أو أخت يتوافق نسيجه معه. فتتواصل الأسرة مع قسم أمراض الدم والأورام لدى الأطفال في مستشفى غرب الصين الجامعي الثاني التابع لجامعة سيتشوان في مدينة تشنغدو. ووفقًا لما يذكره القسم عن نفسه، فهو المؤسسة الوحيدة في مقاطعة سيتشوان المؤهلة لإجراء الزرع من متبرعين غير أقارب، وقد استخدم هذا العلاج مع أطفال مصابين بالثلاسيميا الكبرى وابيضاض الدم الحاد وفقر الدم اللاتنسّجي الشديد وأمراض أخرى.',
          'بعد العثور على متبرع غير قريب مناسب، يُدخَل د. جناح الزرع المزوَّد بتدفق هوائي صفائحي، حيث يساعد تيار مستمر من الهواء المرشَّح على حماية الأطفال الذين تكون مناعتهم ضعيفة جدًا. ويُهيَّأ نخاع العظم على مدى عدة أيام بالعلاج التهيئي، ثم تُعطى الخلايا الجذعية من المتبرع عبر التسريب الوريدي على نحو يشبه نقل الدم. وفي الأسابيع التالية ينتظر الفريق أن تستقر الخلايا الجديدة وتبدأ في إنتاج الدم، مع مراقبة دقيقة للعدوى ولداء الطُّعم حيال الثوي، وهو حالة تهاجم فيها الخلايا المناعية للمتبرع جسم الطفل.',
          'بعد مغادرة الجناح، يحتاج الأطفال عادةً إلى فحوص متكررة قرب المستشفى لفترة من الزمن قبل أن يتمكنوا من السفر إلى بلدهم، وتستمر المتابعة سنوات بالتعاون مع الأطباء في البلد الأم. وتختلف مدة الرحلة كلها ونتيجتها من طفل إلى آخر، والفريق المعالج وحده قادر على تقديم تقييم شخصي.',
        ],
      },
    },
    illustrative: true,
    consent: { givenBy: 'guardian', date: '2023-05-10', reference: 'DEMO-CONSENT-002' },
    image: {
      key: 'story-child-thalassemia-unrelated-donor',
      alt: {
        en: 'Abstract illustration: soft overlapping circles in teal and green suggesting a small figure, with no face shown',
        zh: '抽象插图：青绿色与绿色的柔和圆形相互交叠，隐约勾勒出一个小小的身影，不呈现任何面部',
        ru: 'Абстрактная иллюстрация: мягкие перекрывающиеся круги бирюзового и зелёного цвета, напоминающие маленькую фигуру, без изображения лица',
        ar: 'رسم تجريدي: دوائر ناعمة متداخلة بدرجات الأخضر المزرق والأخضر توحي بهيئة صغيرة، دون إظهار أي وجه',
      },
      colors: ['#2b6777', '#3f7d5c'],
      motif: 'portrait',
    },
  },

  {
    slug: 'adult-aml-allogeneic-transplant',
    title: {
      en: 'An adult with acute myeloid leukaemia: remission first, then a half-matched transplant in Tianjin',
      zh: '急性髓系白血病成人患者：先达缓解，再在天津接受单倍型相合移植',
      ru: 'Взрослый пациент с острым миелоидным лейкозом: сначала ремиссия, затем гаплоидентичная трансплантация в Тяньцзине',
      ar: 'بالغ مصاب بابيضاض الدم النقوي الحاد: الهدأة أولًا ثم زرع من متبرع نصف متطابق في تيانجين',
    },
    patientAlias: { en: 'M.', zh: 'M.', ru: 'М.', ar: 'م.' },
    ageGroup: 'adult',
    homeCountry: 'RU',
    condition: { ref: 'conditions', slug: 'acute-myeloid-leukemia' },
    therapy: { ref: 'therapies', slug: 'allogeneic-stem-cell-transplant' },
    hospital: { ref: 'hospitals', slug: 'ihcams-tianjin' },
    timeline: [
      {
        date: '2023-01-23',
        event: {
          en: 'Diagnosed with acute myeloid leukaemia at home in Russia after weeks of tiredness and repeated infections.',
          zh: '此前数周持续乏力、反复感染，在俄罗斯确诊急性髓系白血病。',
          ru: 'После нескольких недель слабости и повторяющихся инфекций дома, в России, диагностирован острый миелоидный лейкоз.',
          ar: 'تشخيص ابيضاض الدم النقوي الحاد في روسيا بعد أسابيع من الإرهاق والعدوى المتكررة.',
        },
      },
      {
        date: '2023-02-13',
        event: {
          en: 'Arrival in Tianjin: the team repeats the key tests, including a bone-marrow examination, and plans treatment.',
          zh: '抵达天津：医疗团队复查关键项目（包括骨髓检查），并制定治疗方案。',
          ru: 'Приезд в Тяньцзинь: врачи повторяют ключевые исследования, включая исследование костного мозга, и составляют план лечения.',
          ar: 'الوصول إلى تيانجين: يعيد الفريق الفحوص الأساسية، ومنها فحص نخاع العظم، ويضع خطة العلاج.',
        },
      },
      {
        date: '2023-02-20',
        event: {
          en: 'Induction chemotherapy begins.',
          zh: '开始诱导化疗。',
          ru: 'Начало индукционной химиотерапии.',
          ar: 'بدء العلاج الكيميائي التحريضي.',
        },
      },
      {
        date: '2023-03-27',
        event: {
          en: 'A bone-marrow test confirms complete remission; tissue typing of family members begins.',
          zh: '骨髓检查证实达到完全缓解；开始为家庭成员进行HLA配型。',
          ru: 'Исследование костного мозга подтверждает полную ремиссию; начинается HLA-типирование членов семьи.',
          ar: 'يؤكد فحص نخاع العظم حدوث هدأة كاملة، ويبدأ فحص توافق الأنسجة لأفراد العائلة.',
        },
      },
      {
        date: '2023-05-08',
        event: {
          en: 'Admission for the transplant: conditioning treatment, then stem cells from a half-matched (haploidentical) donor — in this example, a sister.',
          zh: '入院移植：完成预处理后，输注来自单倍型相合供者（本例中为其姐妹）的造血干细胞。',
          ru: 'Госпитализация для трансплантации: кондиционирование, затем введение стволовых клеток от гаплоидентичного (наполовину совместимого) донора — в этом примере сестры.',
          ar: 'الدخول إلى المستشفى لإجراء الزرع: علاج تهيئي، ثم تلقي خلايا جذعية من متبرعة نصف متطابقة، وهي في هذا المثال أخت المريض.',
        },
      },
      {
        date: '2023-06-05',
        event: {
          en: 'Blood counts recover as the donor cells engraft; monitoring continues as an outpatient.',
          zh: '供者细胞植入，血象逐步恢复；转为门诊继续监测。',
          ru: 'Донорские клетки приживаются, показатели крови восстанавливаются; наблюдение продолжается амбулаторно.',
          ar: 'تنغرس خلايا المتبرع وتتحسن تعدادات الدم، وتستمر المراقبة في العيادات الخارجية.',
        },
      },
      {
        date: '2023-08-21',
        event: {
          en: 'Return home with a written follow-up plan; check-ups continue with the local haematologist, in contact with the Tianjin team.',
          zh: '携书面随访计划回国；此后由当地血液科医生负责复查，并与天津团队保持联系。',
          ru: 'Возвращение домой с письменным планом наблюдения; контроль продолжает местный гематолог в контакте с командой из Тяньцзиня.',
          ar: 'العودة إلى الوطن مع خطة متابعة مكتوبة، وتستمر الفحوص لدى طبيب أمراض الدم المحلي بالتواصل مع فريق تيانجين.',
        },
      },
    ],
    outcome: {
      summary: {
        en: 'In this illustrative path, M. returned home in remission about three and a half months after the transplant, with regular follow-up planned. This is one possible course, not a promise: AML can come back after a transplant, and complications such as infections or graft-versus-host disease can occur, sometimes months later.',
        zh: '在这一示例中，M.于移植后约三个半月在缓解状态下回国，并按计划定期随访。这只是一种可能的病程，而非承诺：急性髓系白血病在移植后仍可能复发，也可能出现感染、移植物抗宿主病等并发症，有时发生在数月之后。',
        ru: 'В этом иллюстративном примере М. вернулся домой в ремиссии примерно через три с половиной месяца после трансплантации, с планом регулярного наблюдения. Это лишь один из возможных вариантов, а не обещание: после трансплантации ОМЛ может рецидивировать, а осложнения — например, инфекции или реакция «трансплантат против хозяина» — возможны и спустя месяцы.',
        ar: 'في هذا المسار التوضيحي عاد م. إلى وطنه وهو في حالة هدأة بعد نحو ثلاثة أشهر ونصف من الزرع، مع خطة متابعة منتظمة. هذا مسار ممكن وليس وعدًا؛ فقد يعود ابيضاض الدم النقوي الحاد بعد الزرع، وقد تحدث مضاعفات مثل العدوى أو داء الطُّعم حيال الثوي، أحيانًا بعد أشهر.',
      },
      followUpDate: '2024-02-19',
    },
    quote: {
      en: 'I learned to measure progress in small steps — one blood count at a time.',
      zh: '我学会了一步一步地看进展——每一次血常规，都是向前的一小步。',
      ru: 'Я научился измерять прогресс маленькими шагами — от одного анализа крови до другого.',
      ar: 'تعلّمتُ أن أقيس التقدّم بخطوات صغيرة، تحليلَ دمٍ بعد آخر.',
    },
    body: {
      rich: {
        en: [
          'This illustrative story describes a typical path for an adult with acute myeloid leukaemia (AML) who travels to China for treatment that includes a stem cell transplant. It is a composite example, not the account of one real person; the dates and details show the usual order of steps.',
          "AML is a fast-growing cancer of the bone marrow, so treatment usually has to start soon after diagnosis. In our example, M., an adult from Russia, is treated at the Institute of Hematology & Blood Diseases Hospital of the Chinese Academy of Medical Sciences in Tianjin. Founded in 1957, it describes itself as China's largest national research hospital for blood diseases.",
          'The first goal is remission. After the team in Tianjin confirms the diagnosis and examines the features of the leukaemia cells, M. receives induction chemotherapy. A few weeks later, a bone-marrow test shows complete remission, meaning that standard tests no longer find leukaemia. Because the disease can still come back, the doctors recommend an allogeneic stem cell transplant — cells from a donor — while M. is in remission.',
          "No fully matched brother or sister is available, so the team proposes a haploidentical, or half-matched, transplant. The donor is a close relative who shares half of M.'s tissue type; in this example, a sister. After several days of conditioning treatment, her stem cells are given through a drip. The weeks that follow are the most demanding: blood counts are very low, infections must be prevented or treated quickly, and doctors watch for graft-versus-host disease, in which the donor's immune cells attack the patient's body.",
          'For planning, it helps to know that an allogeneic transplant typically takes about three to six months overall, from preparation until the patient is well enough to go home, and that follow-up continues long after that. Every course is different: only the treating haematologists can say whether a transplant is advisable and what to expect in a particular case.',
        ],
        zh: [
          '本故事为示例性内容，描述一名成人急性髓系白血病患者前往中国接受包括造血干细胞移植在内的治疗的典型过程。它综合了常见情况，并非某一位真实患者的经历；其中的日期和细节用于说明各个步骤的通常顺序。',
          '急性髓系白血病是一种进展迅速的骨髓恶性肿瘤，确诊后通常需要尽快开始治疗。在这个示例中，来自俄罗斯的成人患者M.在天津的中国医学科学院血液病医院（血液学研究所）接受治疗。该院创建于1957年，据其介绍，是中国规模最大的国家级血液学研究型医院。',
          '治疗的第一个目标是达到缓解。天津的医疗团队确认诊断并检查白血病细胞的特征后，M.开始接受诱导化疗。几周后的骨髓检查显示完全缓解，即常规检查已无法发现白血病细胞。由于疾病仍有复发的可能，医生建议在缓解期内进行异基因造血干细胞移植，也就是使用供者的干细胞。',
          'M.没有HLA完全相合的兄弟姐妹，因此团队建议进行单倍型相合（半相合）移植：供者是与患者HLA半相合的近亲，本例中是其姐妹。经过数天的预处理后，供者的造血干细胞经静脉输入。随后几周是最艰难的阶段：血细胞计数极低，必须预防感染并及时处理；医生还要密切观察是否出现移植物抗宿主病，即供者的免疫细胞攻击患者自身组织。',
          '在做计划时，了解以下情况会有所帮助：异基因移植从准备到患者身体状况允许回家，全程一般需要三到六个月，此后还需长期随访。每个人的病程都不相同，只有主治的血液科医生才能判断是否适合移植，以及在具体情况下可以预期什么。',
        ],
        ru: [
          'Эта иллюстративная история описывает типичный путь взрослого пациента с острым миелоидным лейкозом (ОМЛ), который приезжает в Китай на лечение, включающее трансплантацию стволовых клеток. Это собирательный пример, а не рассказ о конкретном человеке; даты и детали показывают обычную последовательность этапов.',
          'ОМЛ — быстро прогрессирующее злокачественное заболевание костного мозга, поэтому лечение, как правило, нужно начинать вскоре после постановки диагноза. В нашем примере М., взрослый пациент из России, лечится в Институте гематологии и больнице болезней крови Китайской академии медицинских наук в Тяньцзине. Учреждение основано в 1957 году и, по его собственному описанию, является крупнейшей в Китае национальной исследовательской больницей в области гематологии.',
          'Первая цель — ремиссия. После того как команда в Тяньцзине подтверждает диагноз и изучает особенности лейкозных клеток, М. получает индукционную химиотерапию. Через несколько недель исследование костного мозга показывает полную ремиссию: стандартные методы больше не обнаруживают лейкозных клеток. Поскольку болезнь может вернуться, врачи рекомендуют провести аллогенную трансплантацию стволовых клеток, то есть клеток донора, пока сохраняется ремиссия.',
          'Полностью совместимых братьев или сестёр нет, поэтому команда предлагает гаплоидентичную, то есть наполовину совместимую, трансплантацию. Донором становится близкий родственник, совпадающий с пациентом по HLA наполовину, — в этом примере сестра. После нескольких дней кондиционирования её стволовые клетки вводят внутривенно капельно. Следующие недели — самые тяжёлые: показатели крови очень низкие, инфекции нужно предотвращать или быстро лечить, а врачи следят за признаками реакции «трансплантат против хозяина», при которой иммунные клетки донора атакуют ткани пациента.',
          'При планировании полезно знать, что аллогенная трансплантация в целом обычно занимает около трёх–шести месяцев — от подготовки до момента, когда пациент может вернуться домой, — а наблюдение продолжается ещё долго после этого. Каждый случай индивидуален: только лечащие гематологи могут сказать, показана ли трансплантация и чего ожидать в конкретной ситуации.',
        ],
        ar: [
          'هذه قصة توضيحية تصف المسار المعتاد لشخص بالغ مصاب بابيضاض الدم النقوي الحاد يسافر إلى الصين لتلقي علاج يشمل زرع الخلايا الجذعية. إنها مثال مركّب وليست رواية عن شخص حقيقي بعينه، وتبيّن تواريخها وتفاصيلها الترتيب المعتاد للخطوات.',
          'ابيضاض الدم النقوي الحاد سرطان سريع التطور يصيب نخاع العظم، ولذلك يجب عادةً أن يبدأ العلاج بعد التشخيص بوقت قصير. في مثالنا، يتلقى م.، وهو مريض بالغ من روسيا، العلاج في معهد أمراض الدم ومستشفى أمراض الدم التابع للأكاديمية الصينية للعلوم الطبية في مدينة تيانجين. تأسس هذا المستشفى عام 1957، ويصف نفسه بأنه أكبر مستشفى بحثي وطني متخصص في أمراض الدم في الصين.',
          'الهدف الأول هو الوصول إلى الهدأة. بعد أن يؤكد الفريق في تيانجين التشخيص ويدرس خصائص خلايا ابيضاض الدم، يتلقى م. العلاج الكيميائي التحريضي. وبعد بضعة أسابيع يُظهر فحص نخاع العظم هدأة كاملة، أي أن الفحوص المعتادة لم تعد تكشف خلايا المرض. ولأن المرض قد يعود، يوصي الأطباء بإجراء زرع خيفي للخلايا الجذعية، أي بخلايا من متبرع، ما دام المريض في حالة هدأة.',
          'لا يوجد لدى م. أخ أو أخت متطابق تمامًا، لذلك يقترح الفريق زرعًا من متبرع نصف متطابق. والمتبرع قريب من الدرجة الأولى يتوافق مع المريض في نصف الأنماط النسيجية (HLA)، وهو في هذا المثال أخته. وبعد عدة أيام من العلاج التهيئي تُعطى خلاياها الجذعية عبر التسريب الوريدي. وتكون الأسابيع التالية هي الأصعب: فتعداد خلايا الدم منخفض جدًا، ويجب الوقاية من العدوى أو علاجها بسرعة، ويراقب الأطباء علامات داء الطُّعم حيال الثوي، الذي تهاجم فيه الخلايا المناعية للمتبرع جسم المريض.',
          'ولأغراض التخطيط، من المفيد معرفة أن الزرع الخيفي يستغرق عادةً ما بين ثلاثة وستة أشهر تقريبًا، من مرحلة التحضير حتى يصبح المريض قادرًا على العودة إلى بلده، وأن المتابعة تستمر طويلًا بعد ذلك. ويختلف كل مسار عن غيره، والأطباء المعالجون وحدهم قادرون على تحديد ما إذا كان الزرع مناسبًا وما يمكن توقعه في كل حالة.',
        ],
      },
    },
    illustrative: true,
    consent: { givenBy: 'patient', date: '2024-03-04', reference: 'DEMO-CONSENT-003' },
    image: {
      key: 'story-adult-aml-allogeneic-transplant',
      alt: {
        en: 'Abstract illustration: a gently rising path through deep blue and warm brown bands, symbolising the steps from remission to transplant',
        zh: '抽象插图：一条小路缓缓上升，穿过深蓝与暖棕色的色带，象征从缓解到移植的各个步骤',
        ru: 'Абстрактная иллюстрация: плавно поднимающаяся тропа среди тёмно-синих и тёплых коричневых полос — символ этапов от ремиссии до трансплантации',
        ar: 'رسم تجريدي: درب يرتفع برفق عبر أشرطة من الأزرق الداكن والبني الدافئ، يرمز إلى الخطوات من الهدأة إلى الزرع',
      },
      colors: ['#234e70', '#5e5146'],
      motif: 'journey',
    },
  },
]
