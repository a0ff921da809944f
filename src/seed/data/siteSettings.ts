import type { SiteSettingsSeed } from '@/seed/types'

// Demo contact details only: the .example domain is reserved, so the address cannot reach anyone.
// No phone or WhatsApp number on purpose.
const email = 'care@china-care.example'
const wechatId = 'chinacare-demo'

export const siteSettings: SiteSettingsSeed = {
  contact: {
    email: { en: email, zh: email, ru: email, ar: email },
    wechatId: { en: wechatId, zh: wechatId, ru: wechatId, ar: wechatId },
  },
  disclaimer: {
    en: 'The information on this website is for general information only and is not medical advice. Treatment results differ from person to person, and figures from hospitals or published sources cannot predict any individual outcome. Please make every decision about diagnosis and treatment together with your treating doctors.',
    zh: '本网站内容仅供一般参考，不构成医疗建议。治疗效果因人而异，医院或公开资料中的数据不能预测任何个人的治疗结果。有关诊断和治疗的一切决定，请与您的主治医生共同作出。',
    ru: 'Информация на этом сайте носит исключительно справочный характер и не является медицинской консультацией. Результаты лечения у разных людей различаются, а данные больниц и опубликованных источников не позволяют предсказать исход в конкретном случае. Все решения о диагностике и лечении, пожалуйста, принимайте вместе с лечащими врачами.',
    ar: 'المعلومات الواردة في هذا الموقع للاطلاع العام فقط، ولا تُعدّ استشارة طبية. تختلف نتائج العلاج من شخص إلى آخر، ولا تتنبأ الأرقام الصادرة عن المستشفيات أو المصادر المنشورة بنتيجة أي حالة فردية. يُرجى اتخاذ جميع القرارات المتعلقة بالتشخيص والعلاج بالتشاور مع أطبائك المعالجين.',
  },
  privacyNotice: {
    rich: {
      en: [
        'This notice explains, in plain language, what happens to the information you share with us when you send an inquiry about treatment in China.',
        '## What we collect',
        "When you send an inquiry, we ask for your name and contact details, the patient's age and home country, and information about the patient's health: the diagnosis, the treatment so far and the current condition. You may also choose to upload medical records such as doctors' letters, test results and scans. Health information is sensitive, so please share only what is needed to answer your question.",
        '## Why we use it',
        "We use your information to understand the patient's situation, to match the patient with hospitals and departments in China that may be suitable, and to reply to you. We do not sell your information and we do not use it for advertising.",
        '## Our legal basis',
        'We process health data only with your explicit consent, which you give when you send the inquiry form. If you are writing on behalf of a patient, please make sure the patient agrees, or, for a child, a parent or legal guardian.',
        '## Who can see it',
        'Your inquiry is seen by our patient coordinators, who are bound to confidentiality. We pass medical information to a hospital only after you have agreed to it, and only to the hospitals you have agreed to.',
        '## How long we keep it',
        'We keep inquiry data and medical records for 24 months after our last contact with you, so that we can still help if questions about treatment come up again. After that we delete them. You can ask us to delete them sooner at any time.',
        '## Your rights',
        'You have the right to see the information we hold about you, to have it corrected or deleted, and to withdraw your consent at any time. Withdrawing consent does not affect what was done before, but from then on we stop using your information. To use any of these rights, write to care@china-care.example and we will reply as soon as we can.',
      ],
      zh: [
        '本说明用通俗的语言解释：当您向我们咨询在中国就医的事宜时，您提供的信息会如何处理。',
        '## 我们收集哪些信息',
        '您提交咨询时，我们会请您提供姓名和联系方式、患者的年龄和所在国家，以及患者的健康信息，包括诊断、既往治疗和目前状况。您也可以自愿上传病历资料，例如医生的诊断意见、检查结果和影像资料。健康信息属于敏感信息，请只提供回答您的问题所需的内容。',
        '## 我们为什么使用这些信息',
        '我们使用这些信息来了解患者的情况，为患者匹配可能合适的中国医院和科室，并给您答复。我们不会出售您的信息，也不会将其用于广告。',
        '## 法律依据',
        '我们仅在获得您明确同意的情况下处理健康数据，您在提交咨询表时即给予这一同意。如果您是代患者咨询，请确保患者本人同意；如患者为儿童，则须征得其父母或法定监护人的同意。',
        '## 谁可以查看',
        '您的咨询由我们的患者协调员查看，他们负有保密义务。只有在您同意之后，我们才会把医疗信息转交给医院，而且只转交给您同意的医院。',
        '## 保存多长时间',
        '咨询信息和病历资料将在我们与您最后一次联系后保存24个月，以便您日后再有治疗方面的问题时，我们仍能继续提供帮助。期满后我们会将其删除。您也可以随时要求我们提前删除。',
        '## 您的权利',
        '您有权查阅我们保存的关于您的信息，要求更正或删除这些信息，并可随时撤回同意。撤回同意不影响此前已进行的处理，但从那时起我们将停止使用您的信息。如需行使上述任何权利，请发送邮件至 care@china-care.example，我们会尽快答复。',
      ],
      ru: [
        'В этом уведомлении простыми словами объясняется, что происходит с информацией, которую вы передаёте нам, когда отправляете запрос о лечении в Китае.',
        '## Какие данные мы собираем',
        'Отправляя запрос, вы указываете своё имя и контактные данные, возраст пациента и страну проживания, а также сведения о его здоровье: диагноз, проведённое лечение и текущее состояние. По желанию вы можете загрузить медицинские документы — заключения врачей, результаты анализов и снимки. Сведения о здоровье относятся к особо чувствительным данным, поэтому, пожалуйста, сообщайте только то, что нужно для ответа на ваш вопрос.',
        '## Зачем мы их используем',
        'Мы используем эти данные, чтобы понять ситуацию пациента, подобрать в Китае больницы и отделения, которые могут ему подойти, и ответить вам. Мы не продаём ваши данные и не используем их в рекламных целях.',
        '## Правовое основание',
        'Мы обрабатываем сведения о здоровье только с вашего явного согласия, которое вы даёте при отправке формы запроса. Если вы пишете от имени пациента, убедитесь, что он согласен; если пациент — ребёнок, согласие даёт родитель или законный представитель.',
        '## Кто имеет к ним доступ',
        'Ваш запрос видят наши координаторы по работе с пациентами, которые обязаны соблюдать конфиденциальность. Медицинские сведения мы передаём больнице только с вашего согласия и только тем больницам, на которые вы согласились.',
        '## Как долго мы их храним',
        'Данные запроса и медицинские документы хранятся 24 месяца после нашего последнего контакта с вами, чтобы мы могли помочь, если вопросы о лечении возникнут снова. После этого мы их удаляем. Вы в любой момент можете попросить удалить их раньше.',
        '## Ваши права',
        'Вы вправе получить доступ к хранящимся у нас данным о вас, потребовать их исправления или удаления, а также в любой момент отозвать согласие. Отзыв согласия не влияет на обработку, проведённую до этого, но с этого момента мы прекращаем использовать ваши данные. Чтобы воспользоваться любым из этих прав, напишите нам на care@china-care.example — мы ответим как можно скорее.',
      ],
      ar: [
        'يوضح هذا الإشعار بلغة بسيطة ما يحدث للمعلومات التي تشاركها معنا عندما ترسل استفسارًا عن العلاج في الصين.',
        '## ما المعلومات التي نجمعها',
        'عند إرسال استفسار، نطلب منك اسمك وبيانات التواصل معك، وعمر المريض وبلد إقامته، ومعلومات عن حالته الصحية: التشخيص والعلاج الذي تلقاه حتى الآن ووضعه الحالي. ويمكنك أيضًا، إن شئت، تحميل سجلات طبية مثل تقارير الأطباء ونتائج الفحوص وصور الأشعة. والمعلومات الصحية بيانات حساسة، لذا نرجو ألا تشارك إلا ما يلزم للإجابة عن سؤالك.',
        '## لماذا نستخدمها',
        'نستخدم معلوماتك لفهم حالة المريض، والبحث عن مستشفيات وأقسام في الصين قد تناسبه، والرد عليك. نحن لا نبيع معلوماتك ولا نستخدمها لأغراض إعلانية.',
        '## الأساس القانوني',
        'لا نعالج البيانات الصحية إلا بموافقتك الصريحة، التي تمنحها عند إرسال نموذج الاستفسار. وإذا كنت تكتب نيابةً عن مريض، فيُرجى التأكد من موافقة المريض نفسه، أو موافقة أحد الوالدين أو الولي القانوني إذا كان المريض طفلًا.',
        '## من يطّلع عليها',
        'يطّلع على استفسارك منسقو المرضى لدينا، وهم ملزمون بالسرية. ولا نرسل المعلومات الطبية إلى أي مستشفى إلا بعد موافقتك، وإلى المستشفيات التي وافقت عليها فقط.',
        '## مدة الاحتفاظ بها',
        'نحتفظ ببيانات الاستفسار والسجلات الطبية مدة 24 شهرًا بعد آخر تواصل بيننا، حتى نتمكن من مواصلة المساعدة إذا طرأت أسئلة جديدة عن العلاج، ثم نحذفها. ويمكنك أن تطلب منا حذفها قبل ذلك في أي وقت.',
        '## حقوقك',
        'يحق لك الاطلاع على المعلومات التي نحتفظ بها عنك، وطلب تصحيحها أو حذفها، وسحب موافقتك في أي وقت. ولا يؤثر سحب الموافقة فيما تم قبله، لكننا نتوقف عن استخدام معلوماتك منذ تلك اللحظة. لممارسة أي من هذه الحقوق، راسلنا على care@china-care.example، وسنرد عليك في أقرب وقت ممكن.',
      ],
    },
  },
}
