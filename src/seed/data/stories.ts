import type { StorySeed } from '@/seed/types'

/**
 * Demo patient stories. All three are illustrative examples: composites that describe no real person,
 * with invented aliases and dates, and no quotation put into anyone's mouth. Facts about therapies and
 * hospitals in them come from the pages in the shared source documents. A real account would be
 * kind 'realAccount' and could be published only with a consent record (requireConsentToPublish).
 */
export const stories: StorySeed[] = [
  {
    slug: 'car-t-trial-relapsed-all-example',
    title: {
      en: 'An illustrative example: CAR-T cell therapy in a clinical trial after leukaemia returns',
      zh: '示例故事：白血病复发后参加CAR-T细胞治疗临床试验',
      ru: 'Иллюстративный пример: CAR-T-клеточная терапия в клиническом исследовании после возврата лейкоза',
      ar: 'مثال توضيحي: العلاج بخلايا CAR-T ضمن تجربة سريرية بعد عودة ابيضاض الدم',
    },
    patientAlias: { en: 'R.', zh: 'R.', ru: 'Р.', ar: 'ر.' },
    ageGroup: 'youngAdult',
    homeCountry: 'EG',
    condition: { ref: 'conditions', slug: 'acute-lymphoblastic-leukemia' },
    therapy: { ref: 'therapies', slug: 'car-t-cell-therapy' },
    timeline: [
      {
        date: '2025-01-13',
        event: {
          en: 'B-cell acute lymphoblastic leukaemia comes back after earlier chemotherapy.',
          zh: '既往化疗后，B细胞急性淋巴细胞白血病再次复发。',
          ru: 'После ранее проведённой химиотерапии B-клеточный острый лимфобластный лейкоз возвращается.',
          ar: 'يعود ابيضاض الدم الليمفاوي الحاد بالخلايا البائية بعد علاج كيميائي سابق.',
        },
      },
      {
        date: '2025-02-03',
        event: {
          en: 'The medical records go to a hospital team in China, which checks whether a CAR-T clinical trial could be an option.',
          zh: '病历资料发送给中国一家医院的团队，由其评估参加CAR-T临床试验是否可行。',
          ru: 'Медицинские документы отправляют команде больницы в Китае, которая оценивает, возможно ли участие в клиническом исследовании CAR-T.',
          ar: 'تُرسل السجلات الطبية إلى فريق في أحد مستشفيات الصين ليقيّم ما إذا كانت المشاركة في تجربة سريرية للعلاج بخلايا CAR-T خيارًا ممكنًا.',
        },
      },
      {
        date: '2025-03-03',
        event: {
          en: "Admission: tests show whether the trial's entry conditions are met, and white blood cells are collected.",
          zh: '入院：通过检查确认是否符合试验的入组条件，随后采集白细胞。',
          ru: 'Госпитализация: обследования показывают, выполняются ли условия включения в исследование, затем у пациента забирают лейкоциты.',
          ar: 'الدخول إلى المستشفى: تبيّن الفحوص ما إذا كانت شروط الانضمام إلى التجربة مستوفاة، ثم تُجمع خلايا الدم البيضاء.',
        },
      },
      {
        date: '2025-03-31',
        event: {
          en: 'The T cells, changed in a laboratory to recognise the leukaemia cells, are given back through a drip; close monitoring in hospital follows.',
          zh: '在实验室中经过改造、能够识别白血病细胞的T细胞通过静脉回输，随后在医院接受密切观察。',
          ru: 'T-лимфоциты, изменённые в лаборатории так, чтобы распознавать лейкозные клетки, вводят обратно через капельницу; затем следует тщательное наблюдение в стационаре.',
          ar: 'تُعاد خلايا T، بعد تعديلها في المختبر لتتعرف على خلايا ابيضاض الدم، عبر التسريب الوريدي، وتليها مراقبة دقيقة في المستشفى.',
        },
      },
      {
        date: '2025-04-28',
        event: {
          en: 'A bone-marrow test finds no leukaemia cells; the doctors discuss whether a stem cell transplant should follow.',
          zh: '骨髓检查未发现白血病细胞；医生讨论下一步是否进行造血干细胞移植。',
          ru: 'Исследование костного мозга не находит лейкозных клеток; врачи обсуждают, нужна ли затем трансплантация стволовых клеток.',
          ar: 'لا يجد فحص نخاع العظم خلايا ابيضاض الدم، ويناقش الأطباء ما إذا كان ينبغي أن يليه زرع الخلايا الجذعية.',
        },
      },
    ],
    outcome: {
      summary: {
        en: 'In this illustrative example, R. is in complete remission when the trial stay ends, about eight weeks after admission. It is one possible course among many: leukaemia can come back after CAR-T, and what should follow is decided by the treating doctors.',
        zh: '在这个示例中，试验住院期结束时（入院约八周后），R.处于完全缓解状态。这只是众多可能病程中的一种：CAR-T治疗后白血病仍可能复发，后续治疗由主治医生决定。',
        ru: 'В этом иллюстративном примере к концу пребывания в исследовании, примерно через восемь недель после госпитализации, у Р. полная ремиссия. Это лишь один из многих возможных вариантов: после CAR-T-терапии лейкоз может вернуться, а дальнейшие шаги определяют лечащие врачи.',
        ar: 'في هذا المثال التوضيحي يكون ر. في حالة هدأة كاملة عند انتهاء الإقامة الخاصة بالتجربة، بعد نحو ثمانية أسابيع من الدخول إلى المستشفى. وهذا مسار واحد من مسارات كثيرة ممكنة؛ فقد يعود ابيضاض الدم بعد العلاج بخلايا CAR-T، ويقرر الأطباء المعالجون الخطوة التالية.',
      },
      followUpDate: '2025-04-28',
    },
    body: {
      rich: {
        en: [
          'This is an illustrative example, not the story of a real person: R. is invented, and so are the dates. The steps follow what the hospital information used for this site says about CAR-T cell therapy within clinical trials in China. The example is here to help families picture the process.',
          'CAR-T cell therapy works with the patient\'s own immune cells. T cells are taken from the blood and changed in a laboratory so that they carry a receptor that recognises a marker on the leukaemia cells; given back to the patient, they look for those cells and destroy them. The hospital information we draw on describes it as a treatment offered in clinical trials, for people with B-cell acute lymphoblastic leukaemia, B-cell lymphoma or multiple myeloma whose disease did not respond to chemotherapy or returned after it.',
          'In our example, R. is a young adult whose B-cell leukaemia has come back after chemotherapy. Once the records have been reviewed, R. travels to China. In hospital the team first checks that the trial\'s conditions are met and then collects the white blood cells. When the modified cells are ready, they are given through a drip, and R. stays under close watch. One hospital\'s information page puts the time needed for its CAR-T trial at roughly six to eight weeks.',
          'A bone-marrow test a few weeks after the infusion finds no leukaemia cells: a complete remission. Even so, leukaemia can return after CAR-T. The same hospital writes that, for B-cell acute lymphoblastic leukaemia, studies point to a stem cell transplant after CAR-T as a way to improve the longer-term outlook. Whether a trial suits a particular patient, and what should come after it, only the treating doctors can judge.',
        ],
        zh: [
          '这是一个示例故事，并非真实人物的经历：R.这个人物和文中日期均为虚构。各个步骤依据本网站所用医院资料中对中国CAR-T细胞治疗临床试验的介绍编写，目的是帮助患者家庭了解大致流程。',
          'CAR-T细胞治疗利用的是患者自身的免疫细胞。医生从血液中分离出T细胞，在实验室中对其进行改造，使其带上一种能识别白血病细胞表面标志物的受体；这些细胞回输到患者体内后，会寻找并清除白血病细胞。我们参考的医院资料将其介绍为一种在临床试验中开展的治疗，适用于化疗无效或化疗后复发的B细胞急性淋巴细胞白血病、B细胞淋巴瘤或多发性骨髓瘤患者。',
          '在这个示例中，R.是一名年轻的成年患者，B细胞白血病在化疗后复发。病历资料经过评估后，R.前往中国。住院后，医疗团队先确认其符合试验条件，然后采集白细胞。改造后的细胞制备完成后经静脉回输，R.随后接受密切观察。一家医院的介绍资料称，其CAR-T临床试验全程大约需要六到八周。',
          '回输数周后的骨髓检查未发现白血病细胞，即达到完全缓解。尽管如此，CAR-T治疗后白血病仍可能复发。同一家医院指出，对于B细胞急性淋巴细胞白血病，有研究表明CAR-T治疗后桥接造血干细胞移植有助于改善远期前景。某项试验是否适合某位患者、之后应如何治疗，只有主治医生才能判断。',
        ],
        ru: [
          'Это иллюстративный пример, а не история реального человека: Р. — вымышленный персонаж, даты тоже вымышлены. Этапы описаны по тому, что сообщают о CAR-T-клеточной терапии в клинических исследованиях в Китае материалы больниц, использованные для этого сайта. Пример помогает семьям представить, как проходит лечение.',
          'CAR-T-клеточная терапия использует собственные иммунные клетки пациента. Из крови выделяют T-лимфоциты и в лаборатории изменяют их так, чтобы на них появился рецептор, распознающий метку на лейкозных клетках; после введения обратно пациенту эти клетки находят и уничтожают лейкозные клетки. В материалах больницы, на которые мы опираемся, этот метод описан как лечение в рамках клинических исследований для людей с B-клеточным острым лимфобластным лейкозом, B-клеточной лимфомой или множественной миеломой, у которых болезнь не ответила на химиотерапию или вернулась после неё.',
          'В нашем примере Р. — молодой взрослый пациент, у которого B-клеточный лейкоз вернулся после химиотерапии. После изучения медицинских документов Р. едет в Китай. В стационаре команда сначала проверяет, выполнены ли условия исследования, а затем забирает лейкоциты. Когда модифицированные клетки готовы, их вводят через капельницу, и Р. остаётся под тщательным наблюдением. По сведениям одной из больниц, её исследование CAR-T занимает примерно шесть–восемь недель.',
          'Исследование костного мозга через несколько недель после введения клеток не находит лейкозных клеток: это полная ремиссия. Тем не менее после CAR-T-терапии лейкоз может вернуться. Та же больница пишет, что при B-клеточном остром лимфобластном лейкозе, по данным исследований, трансплантация стволовых клеток после CAR-T-терапии может улучшить долгосрочный прогноз. Подходит ли исследование конкретному пациенту и что должно последовать за ним, могут решить только лечащие врачи.',
        ],
        ar: [
          'هذا مثال توضيحي وليس قصة شخص حقيقي: فالشخصية ر. من وحي الخيال، وكذلك التواريخ. وتتبع الخطوات ما تذكره معلومات المستشفيات التي اعتمد عليها هذا الموقع عن العلاج بخلايا CAR-T ضمن التجارب السريرية في الصين، والغرض منها أن تساعد الأسر على تصوّر مسار العلاج.',
          'يعتمد العلاج بخلايا CAR-T على الخلايا المناعية للمريض نفسه. تُفصل خلايا T من الدم وتُعدَّل في المختبر لتحمل مستقبِلًا يتعرف على علامة موجودة على خلايا ابيضاض الدم، وبعد إعادتها إلى المريض تبحث عن هذه الخلايا وتقضي عليها. وتصفه معلومات المستشفى التي نستند إليها بأنه علاج يُقدَّم ضمن تجارب سريرية للمصابين بابيضاض الدم الليمفاوي الحاد بالخلايا البائية أو اللمفوما بالخلايا البائية أو الورم النقوي المتعدد، ممن لم يستجب مرضهم للعلاج الكيميائي أو عاد بعده.',
          'في مثالنا، ر. شاب بالغ عاد إليه ابيضاض الدم بالخلايا البائية بعد العلاج الكيميائي. وبعد مراجعة سجلاته الطبية يسافر إلى الصين. وفي المستشفى يتحقق الفريق أولًا من استيفاء شروط التجربة، ثم يجمع خلايا الدم البيضاء. وحين تصبح الخلايا المعدَّلة جاهزة تُعطى عبر التسريب الوريدي، ويبقى ر. تحت مراقبة دقيقة. وتذكر صفحة معلومات أحد المستشفيات أن تجربته للعلاج بخلايا CAR-T تستغرق نحو ستة إلى ثمانية أسابيع.',
          'بعد بضعة أسابيع من التسريب لا يجد فحص نخاع العظم خلايا ابيضاض الدم، أي أن المريض في حالة هدأة كاملة. ومع ذلك قد يعود المرض بعد العلاج بخلايا CAR-T. ويكتب المستشفى نفسه أن الدراسات تشير، في ابيضاض الدم الليمفاوي الحاد بالخلايا البائية، إلى أن زرع الخلايا الجذعية بعد العلاج بخلايا CAR-T قد يحسّن التوقعات على المدى البعيد. أما ما إذا كانت التجربة تناسب مريضًا بعينه، وما الذي ينبغي أن يليها، فلا يقرره إلا الأطباء المعالجون.',
        ],
      },
    },
    kind: 'illustrative',
    image: {
      key: 'story-car-t-trial-relapsed-all-example',
      alt: {
        en: 'Abstract illustration: rounded cell shapes in blue and amber, with no person shown',
        zh: '抽象插图：蓝色与琥珀色的圆形细胞图案，不呈现任何人物',
        ru: 'Абстрактная иллюстрация: округлые фигуры клеток синего и янтарного цвета, без изображения людей',
        ar: 'رسم تجريدي: أشكال خلايا مستديرة بالأزرق والكهرماني، دون إظهار أي شخص',
      },
      colors: ['#1f5f8b', '#b07a2a'],
      motif: 'cells',
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
          ar: 'بعد العثور على متبرع غير قريب مناسب، يُدخَل الطفل جناح الزرع المزوَّد بتدفق هوائي صفائحي، ويبدأ العلاج التحضيري لإعداد نخاع العظم.',
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
        en: 'In this illustrative path, the donor cells took hold and, at the check-up about a year after the transplant, the child no longer needed regular transfusions. This describes a hoped-for course; the result can be different: a transplant carries serious risks, including infection, graft failure and graft-versus-host disease, and follow-up lasts for years.',
        zh: '在这一示例中，供者细胞成功植入；移植约一年后复查时，孩子已不再需要定期输血。这里描述的是一种理想的病程，实际结果可能不同：移植存在严重风险，包括感染、植入失败和移植物抗宿主病，术后还需要多年随访。',
        ru: 'В этом иллюстративном примере донорские клетки прижились, и на контрольном обследовании примерно через год после трансплантации ребёнку уже не требовались регулярные переливания крови. Это описание желаемого течения; на деле результат может быть иным: трансплантация сопряжена с серьёзными рисками, включая инфекции, неприживление трансплантата и реакцию «трансплантат против хозяина», а наблюдение продолжается годами.',
        ar: 'في هذا المسار التوضيحي انغرست خلايا المتبرع، وعند الفحص الذي أُجري بعد نحو عام من الزرع لم يعد الطفل بحاجة إلى نقل الدم المنتظم. هذا وصف لمسار مأمول، وقد تختلف النتيجة؛ فالزرع ينطوي على مخاطر جدية، منها العدوى وفشل انغراس الطعم ومرض الطعم ضد المضيف، وتستمر المتابعة سنوات.',
      },
      followUpDate: '2023-04-24',
    },
    body: {
      rich: {
        en: [
          'This illustrative story describes a typical path for a child with thalassaemia major who receives a stem cell transplant from an unrelated donor. It is a composite example, not the story of a real patient; it is meant to help families picture the main steps.',
          'Thalassaemia major is an inherited blood disorder in which the body cannot make enough healthy haemoglobin. Many children rely on regular blood transfusions from early childhood, together with medicines that remove the extra iron that builds up from the transfusions. A stem cell transplant from a healthy donor can replace the blood-forming system, which is why families often ask about it. It is, however, a demanding treatment, and doctors weigh its benefits and risks carefully for every child.',
          'In our example, D. lives in Kazakhstan and has no brother or sister whose tissue type matches. The family contacts the Division of Pediatric Hematology and Oncology at West China Second University Hospital, Sichuan University, in Chengdu. The division reports that it is qualified to carry out transplants from unrelated donors and that it has treated children with thalassaemia major, acute leukaemia, severe aplastic anaemia and other diseases in this way.',
          "When a suitable unrelated donor has been found, D. is admitted to the division's laminar-flow transplant ward, where a constant stream of filtered air helps protect children whose immune defences are very weak. Conditioning treatment prepares the bone marrow over several days; the donor's stem cells are then given through a drip, much like a blood transfusion. In the weeks that follow, the team waits for the new cells to settle and start making blood, while watching closely for infections and for graft-versus-host disease, in which the donor's immune cells react against the child's body.",
          'After leaving the ward, children usually need frequent check-ups near the hospital for some time before they can travel home, and follow-up continues for years together with doctors in the home country. How long the whole process takes, and how it turns out, differs from child to child; only the treating team can give a personal assessment.',
        ],
        zh: [
          '本故事为示例性内容，描述一名重型地中海贫血患儿接受非血缘供者造血干细胞移植的典型过程。它综合了常见情况，并非某位真实患者的经历，旨在帮助家长了解治疗的主要步骤。',
          '重型地中海贫血是一种遗传性血液病，患者自身无法生成足够的正常血红蛋白。许多孩子从幼年起就要依靠定期输血，同时使用祛铁药物，排出因输血而在体内蓄积的多余铁。来自健康供者的造血干细胞移植可以重建造血系统，因此常常受到家长的关注。但移植是一项强度很大的治疗，医生会针对每个孩子仔细权衡利弊。',
          '在这个示例中，小D生活在哈萨克斯坦，没有与其HLA配型相合的兄弟姐妹。家长联系了位于成都的四川大学华西第二医院儿童血液肿瘤科。据该科介绍，其具备开展非血缘造血干细胞移植的资质，并已用这种方法治疗重型地中海贫血、急性白血病、重型再生障碍性贫血等疾病的患儿。',
          '找到合适的非血缘供者后，小D入住该科的造血干细胞移植层流病房。层流病房持续送入经过过滤的洁净空气，为免疫力极低的孩子提供保护。预处理需要数天时间，为植入新的造血干细胞做好准备；随后，供者的干细胞像输血一样经静脉输入。接下来的几周里，医护团队一边等待新细胞“安家”并开始造血，一边密切监测感染和移植物抗宿主病——即供者的免疫细胞攻击患儿身体的情况。',
          '离开层流病房后，孩子通常还需要在医院附近定期复查一段时间，才能返回家乡；此后的随访将与本国医生配合进行，持续多年。整个过程需要多长时间、结果如何，因人而异；只有主治团队才能给出针对个人的评估。',
        ],
        ru: [
          'Эта иллюстративная история описывает типичный путь ребёнка с большой талассемией, которому проводят трансплантацию стволовых клеток от неродственного донора. Это собирательный пример, а не история реального пациента: он помогает семьям представить основные этапы лечения.',
          'Большая талассемия — наследственное заболевание крови, при котором организм не способен вырабатывать достаточно нормального гемоглобина. Многие дети с раннего возраста зависят от регулярных переливаний крови и принимают препараты, выводящие избыток железа, который накапливается из-за трансфузий. Трансплантация стволовых клеток от здорового донора может заменить кроветворную систему, поэтому семьи часто спрашивают о ней. Однако это тяжёлое лечение, и врачи тщательно взвешивают пользу и риски для каждого ребёнка.',
          'В нашем примере Д. живёт в Казахстане, и среди братьев и сестёр нет совместимого по HLA донора. Семья обращается в отделение детской гематологии и онкологии Второй университетской больницы Западного Китая (Сычуаньский университет) в Чэнду. По сведениям самого отделения, оно имеет допуск к трансплантациям от неродственных доноров и лечило этим методом детей с большой талассемией, острыми лейкозами, тяжёлой апластической анемией и другими заболеваниями.',
          'Когда подходящий неродственный донор найден, Д. госпитализируют в ламинарное трансплантационное отделение, где постоянный поток отфильтрованного воздуха помогает защитить детей с резко ослабленным иммунитетом. В течение нескольких дней проводится кондиционирование, подготавливающее костный мозг; затем стволовые клетки донора вводят внутривенно капельно — примерно как при переливании крови. В следующие недели команда ждёт, когда новые клетки приживутся и начнут производить кровь, и внимательно следит за инфекциями и реакцией «трансплантат против хозяина», при которой иммунные клетки донора атакуют ткани ребёнка.',
          'После выписки из отделения детям обычно ещё какое-то время нужны частые обследования неподалёку от больницы, прежде чем можно будет вернуться домой, а наблюдение продолжается годами совместно с врачами на родине. Сколько длится весь процесс и чем он закончится, у каждого ребёнка по-своему; индивидуальную оценку может дать только лечащая команда.',
        ],
        ar: [
          'هذه قصة توضيحية تصف المسار المعتاد لطفل مصاب بالثلاسيميا الكبرى يخضع لزرع الخلايا الجذعية من متبرع غير قريب. إنها مثال مركّب من حالات شائعة، وليست قصة مريض حقيقي، والغرض منها أن تساعد الأسر على تصوّر الخطوات الرئيسية للعلاج.',
          'الثلاسيميا الكبرى اضطراب وراثي في الدم يعجز فيه الجسم عن إنتاج ما يكفي من الهيموغلوبين السليم. ويعتمد كثير من الأطفال منذ سنواتهم الأولى على نقل الدم بانتظام، إلى جانب أدوية تخلّص الجسم من الحديد الزائد الذي يتراكم بسبب عمليات النقل. ويمكن لزرع الخلايا الجذعية من متبرع سليم أن يستبدل الجهاز المكوّن للدم، ولهذا تسأل الأسر عنه كثيرًا. غير أنه علاج شاق، ويوازن الأطباء بعناية بين فوائده ومخاطره لكل طفل على حدة.',
          'في مثالنا، يعيش د. في كازاخستان، وليس له أخ أو أخت يتوافق نسيجه معه. فتتواصل الأسرة مع قسم أمراض الدم والأورام لدى الأطفال في مستشفى غرب الصين الجامعي الثاني التابع لجامعة سيتشوان في مدينة تشنغدو. ووفقًا لما يذكره القسم، فهو مؤهل لإجراء الزرع من متبرعين غير أقارب، وقد عالج بهذه الطريقة أطفالًا مصابين بالثلاسيميا الكبرى وابيضاض الدم الحاد وفقر الدم اللاتنسّجي الشديد وأمراض أخرى.',
          'بعد العثور على متبرع غير قريب مناسب، يُدخَل د. جناح الزرع المزوَّد بتدفق هوائي صفائحي، حيث يساعد تيار مستمر من الهواء المرشَّح على حماية الأطفال الذين تكون مناعتهم ضعيفة جدًا. ويُهيَّأ نخاع العظم على مدى عدة أيام بالعلاج التحضيري، ثم تُعطى الخلايا الجذعية من المتبرع عبر التسريب الوريدي على نحو يشبه نقل الدم. وفي الأسابيع التالية ينتظر الفريق أن تستقر الخلايا الجديدة وتبدأ في إنتاج الدم، مع مراقبة دقيقة للعدوى ولمرض الطعم ضد المضيف، وهو حالة تهاجم فيها الخلايا المناعية للمتبرع جسم الطفل.',
          'بعد مغادرة الجناح، يحتاج الأطفال عادةً إلى فحوص متكررة قرب المستشفى لفترة من الزمن قبل أن يتمكنوا من السفر إلى بلدهم، وتستمر المتابعة سنوات بالتعاون مع الأطباء في البلد الأم. وتختلف مدة الرحلة كلها ونتيجتها من طفل إلى آخر، والفريق المعالج وحده قادر على تقديم تقييم شخصي.',
        ],
      },
    },
    kind: 'illustrative',
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
        en: 'In this illustrative path, M. returned home in remission about three and a half months after the transplant, with regular follow-up planned. This is one possible course; AML can come back after a transplant, and complications such as infections or graft-versus-host disease can occur, sometimes months later.',
        zh: '在这一示例中，M.于移植后约三个半月在缓解状态下回国，并按计划定期随访。这只是一种可能的病程：急性髓系白血病在移植后仍可能复发，也可能出现感染、移植物抗宿主病等并发症，有时发生在数月之后。',
        ru: 'В этом иллюстративном примере М. вернулся домой в ремиссии примерно через три с половиной месяца после трансплантации, с планом регулярного наблюдения. Это лишь один из возможных вариантов: после трансплантации ОМЛ может рецидивировать, а осложнения — например, инфекции или реакция «трансплантат против хозяина» — возможны и спустя месяцы.',
        ar: 'في هذا المسار التوضيحي عاد م. إلى وطنه وهو في حالة هدأة بعد نحو ثلاثة أشهر ونصف من الزرع، مع خطة متابعة منتظمة. هذا مسار واحد ممكن؛ فقد يعود ابيضاض الدم النقوي الحاد بعد الزرع، وقد تحدث مضاعفات مثل العدوى أو مرض الطعم ضد المضيف، أحيانًا بعد أشهر.',
      },
      followUpDate: '2024-02-19',
    },
    body: {
      rich: {
        en: [
          'This illustrative story describes a typical path for an adult with acute myeloid leukaemia (AML) who travels to China for treatment that includes a stem cell transplant. It is a composite example, not the account of one real person; the dates and details show the usual order of steps.',
          "AML is a fast-growing cancer of the bone marrow, so treatment usually has to start soon after diagnosis. In our example, M., an adult from Russia, is treated at the Institute of Hematology & Blood Diseases Hospital of the Chinese Academy of Medical Sciences in Tianjin. Founded in 1957, it combines patient care with research and teaching in haematology.",
          'The first goal is remission. After the team in Tianjin confirms the diagnosis and examines the features of the leukaemia cells, M. receives induction chemotherapy. A few weeks later, a bone-marrow test shows complete remission, meaning that standard tests no longer find leukaemia. Because the disease can still come back, the doctors recommend an allogeneic stem cell transplant — cells from a donor — while M. is in remission.',
          "No fully matched brother or sister is available, so the team proposes a haploidentical, or half-matched, transplant. The donor is a close relative who shares half of M.'s tissue type; in this example, a sister. After several days of conditioning treatment, her stem cells are given through a drip. The weeks that follow are hard: blood counts are very low, infections must be prevented or treated quickly, and doctors watch for graft-versus-host disease, in which the donor's immune cells attack the patient's body.",
          'For planning, it helps to know that an allogeneic transplant typically takes about three to six months overall, from preparation until the patient is well enough to go home, and that follow-up continues long after that. Every course is different: only the treating haematologists can say whether a transplant is advisable and what to expect in a particular case.',
        ],
        zh: [
          '本故事为示例性内容，描述一名成人急性髓系白血病患者前往中国接受包括造血干细胞移植在内的治疗的典型过程。它综合了常见情况，并非某一位真实患者的经历；其中的日期和细节用于说明各个步骤的通常顺序。',
          '急性髓系白血病是一种进展迅速的骨髓恶性肿瘤，确诊后通常需要尽快开始治疗。在这个示例中，来自俄罗斯的成人患者M.在天津的中国医学科学院血液病医院（血液学研究所）接受治疗。该院创建于1957年，集临床诊疗、科研和教学于一体。',
          '治疗的第一个目标是达到缓解。天津的医疗团队确认诊断并检查白血病细胞的特征后，M.开始接受诱导化疗。几周后的骨髓检查显示完全缓解，即常规检查已无法发现白血病细胞。由于疾病仍有复发的可能，医生建议在缓解期内进行异基因造血干细胞移植，也就是使用供者的干细胞。',
          'M.没有HLA完全相合的兄弟姐妹，因此团队建议进行单倍型相合（半相合）移植：供者是与患者HLA半相合的近亲，本例中是其姐妹。经过数天的预处理后，供者的造血干细胞经静脉输入。随后几周相当艰难：血细胞计数极低，必须预防感染并及时处理；医生还要密切观察是否出现移植物抗宿主病，即供者的免疫细胞攻击患者自身组织。',
          '在做计划时，了解以下情况会有所帮助：异基因移植从准备到患者身体状况允许回家，全程一般需要三到六个月，此后还需长期随访。每个人的病程都不相同，只有主治的血液科医生才能判断是否适合移植，以及在具体情况下可以预期什么。',
        ],
        ru: [
          'Эта иллюстративная история описывает типичный путь взрослого пациента с острым миелоидным лейкозом (ОМЛ), который приезжает в Китай на лечение, включающее трансплантацию стволовых клеток. Это собирательный пример, а не рассказ о конкретном человеке; даты и детали показывают обычную последовательность этапов.',
          'ОМЛ — быстро прогрессирующее злокачественное заболевание костного мозга, поэтому лечение, как правило, нужно начинать вскоре после постановки диагноза. В нашем примере М., взрослый пациент из России, лечится в Институте гематологии и больнице болезней крови Китайской академии медицинских наук в Тяньцзине. Учреждение основано в 1957 году и сочетает лечение пациентов с научной работой и обучением в области гематологии.',
          'Первая цель — ремиссия. После того как команда в Тяньцзине подтверждает диагноз и изучает особенности лейкозных клеток, М. получает индукционную химиотерапию. Через несколько недель исследование костного мозга показывает полную ремиссию: стандартные методы больше не обнаруживают лейкозных клеток. Поскольку болезнь может вернуться, врачи рекомендуют провести аллогенную трансплантацию стволовых клеток, то есть клеток донора, пока сохраняется ремиссия.',
          'Полностью совместимых братьев или сестёр нет, поэтому команда предлагает гаплоидентичную, то есть наполовину совместимую, трансплантацию. Донором становится близкий родственник, совпадающий с пациентом по HLA наполовину, — в этом примере сестра. После нескольких дней кондиционирования её стволовые клетки вводят внутривенно капельно. Следующие недели тяжелы: показатели крови очень низкие, инфекции нужно предотвращать или быстро лечить, а врачи следят за признаками реакции «трансплантат против хозяина», при которой иммунные клетки донора атакуют ткани пациента.',
          'При планировании полезно знать, что аллогенная трансплантация в целом обычно занимает около трёх–шести месяцев — от подготовки до момента, когда пациент может вернуться домой, — а наблюдение продолжается ещё долго после этого. Каждый случай индивидуален: только лечащие гематологи могут сказать, показана ли трансплантация и чего ожидать в конкретной ситуации.',
        ],
        ar: [
          'هذه قصة توضيحية تصف المسار المعتاد لشخص بالغ مصاب بابيضاض الدم النقوي الحاد يسافر إلى الصين لتلقي علاج يشمل زرع الخلايا الجذعية. إنها مثال مركّب وليست رواية عن شخص حقيقي بعينه، وتبيّن تواريخها وتفاصيلها الترتيب المعتاد للخطوات.',
          'ابيضاض الدم النقوي الحاد سرطان سريع التطور يصيب نخاع العظم، ولذلك يجب عادةً أن يبدأ العلاج بعد التشخيص بوقت قصير. في مثالنا، يتلقى م.، وهو مريض بالغ من روسيا، العلاج في معهد أمراض الدم ومستشفى أمراض الدم التابع للأكاديمية الصينية للعلوم الطبية في مدينة تيانجين. تأسس هذا المستشفى عام 1957، ويجمع بين رعاية المرضى والبحث العلمي والتعليم في مجال أمراض الدم.',
          'الهدف الأول هو الوصول إلى الهدأة. بعد أن يؤكد الفريق في تيانجين التشخيص ويدرس خصائص خلايا ابيضاض الدم، يتلقى م. العلاج الكيميائي التحريضي. وبعد بضعة أسابيع يُظهر فحص نخاع العظم هدأة كاملة، أي أن الفحوص المعتادة لم تعد تكشف خلايا المرض. ولأن المرض قد يعود، يوصي الأطباء بإجراء زرع خيفي للخلايا الجذعية، أي بخلايا من متبرع، ما دام المريض في حالة هدأة.',
          'لا يوجد لدى م. أخ أو أخت متطابق تمامًا، لذلك يقترح الفريق زرعًا من متبرع نصف متطابق. والمتبرع قريب من الدرجة الأولى يتوافق مع المريض في نصف الأنماط النسيجية (HLA)، وهو في هذا المثال أخته. وبعد عدة أيام من العلاج التحضيري تُعطى خلاياها الجذعية عبر التسريب الوريدي. وتكون الأسابيع التالية صعبة: فتعداد خلايا الدم منخفض جدًا، ويجب الوقاية من العدوى أو علاجها بسرعة، ويراقب الأطباء علامات مرض الطعم ضد المضيف، الذي تهاجم فيه الخلايا المناعية للمتبرع جسم المريض.',
          'ولأغراض التخطيط، من المفيد معرفة أن الزرع الخيفي يستغرق عادةً ما بين ثلاثة وستة أشهر تقريبًا، من مرحلة التحضير حتى يصبح المريض قادرًا على العودة إلى بلده، وأن المتابعة تستمر طويلًا بعد ذلك. ويختلف كل مسار عن غيره، والأطباء المعالجون وحدهم قادرون على تحديد ما إذا كان الزرع مناسبًا وما يمكن توقعه في كل حالة.',
        ],
      },
    },
    kind: 'illustrative',
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
