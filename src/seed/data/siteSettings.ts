import type { SiteSettingsSeed } from '@/seed/types'

// Demo contact details only: the .example domain is reserved, so the addresses cannot reach anyone.
// No phone or WhatsApp number on purpose, and no real company as the data controller: the demo's
// controller is a placeholder that says so in every language.
const email = 'care@china-care.example'
const privacyEmail = 'privacy@china-care.example'
const wechatId = 'chinacare-demo'

export const siteSettings: SiteSettingsSeed = {
  contact: {
    email: { en: email, zh: email, ru: email, ar: email },
    wechatId: { en: wechatId, zh: wechatId, ru: wechatId, ar: wechatId },
  },
  disclaimer: {
    en: 'The information on this website is general information, not medical advice, and it does not replace an examination by a doctor. Treatment results differ from person to person. Figures are as reported by the hospitals themselves or by other published sources; we have not checked them independently, and some may be several years old. Please make every decision about diagnosis and treatment together with your treating doctors.',
    zh: '本网站内容为一般性信息，不构成医疗建议，也不能代替医生的诊查。治疗效果因人而异。网站上的数据均来自医院自身或其他公开资料的报告，我们未作独立核实，其中部分数据可能已是数年前的。有关诊断和治疗的一切决定，请与您的主治医生共同作出。',
    ru: 'Информация на этом сайте носит общий характер, не является медицинской консультацией и не заменяет осмотр врача. Результаты лечения у разных людей различаются. Цифры приводятся в том виде, в каком их сообщают сами больницы или другие опубликованные источники; мы не проверяли их самостоятельно, и некоторые из них могут быть многолетней давности. Все решения о диагностике и лечении, пожалуйста, принимайте вместе с лечащими врачами.',
    ar: 'المعلومات الواردة في هذا الموقع معلومات عامة، وليست استشارة طبية، ولا تغني عن فحص الطبيب. وتختلف نتائج العلاج من شخص إلى آخر. والأرقام منقولة كما تعلنها المستشفيات نفسها أو مصادر منشورة أخرى، ولم نتحقق منها بأنفسنا، وقد يعود بعضها إلى عدة سنوات مضت. يُرجى اتخاذ جميع القرارات المتعلقة بالتشخيص والعلاج بالتشاور مع أطبائك المعالجين.',
  },
  emergency: {
    en: 'In a medical emergency, do not write to us: call your local emergency number or go to the nearest emergency department. Our coordinators cannot give urgent medical help.',
    zh: '如遇医疗紧急情况，请不要给我们写信，而应立即拨打当地急救电话或前往就近的急诊科。我们的协调员无法提供紧急医疗救助。',
    ru: 'При неотложном состоянии не пишите нам: позвоните по местному номеру экстренной помощи или обратитесь в ближайшее приёмное отделение. Наши координаторы не могут оказать срочную медицинскую помощь.',
    ar: 'في حالة طبية طارئة لا تراسلنا، بل اتصل برقم الطوارئ المحلي أو توجّه إلى أقرب قسم للطوارئ. لا يستطيع منسقونا تقديم مساعدة طبية عاجلة.',
  },
  funding: {
    en: 'This portal is a demonstration: it has no operator and nobody pays for it. Before it goes live, its operator states here who pays for the service (the patients, the hospitals, for example a fee for each patient referred, or the agents who share its links) and what that means for the hospitals suggested.',
    zh: '本网站为演示版本，目前没有运营方，也没有任何人为其付费。正式上线前，运营方将在此说明由谁支付本服务的费用（患者、医院，例如按转诊患者人数支付的费用，或分享本站链接的代理），以及这对推荐哪些医院有何影响。',
    ru: 'Этот портал — демонстрационная версия: у него нет оператора, и никто его не оплачивает. Перед запуском оператор укажет здесь, кто платит за сервис (пациенты, больницы — например, вознаграждение за каждого направленного пациента — или агенты, которые распространяют ссылки на сайт), и как это влияет на то, какие больницы предлагаются.',
    ar: 'هذه البوابة نسخة تجريبية: لا توجد جهة تشغّلها، ولا يدفع أحد مقابلها. وقبل إطلاقها ستذكر الجهة المشغّلة هنا من يدفع مقابل الخدمة (المرضى، أو المستشفيات، مثل رسوم عن كل مريض يُحال إليها، أو الوكلاء الذين يشاركون روابط الموقع)، وما أثر ذلك في المستشفيات المقترحة.',
  },
  controller: {
    name: {
      en: 'Demo Operator (placeholder, not a real company)',
      zh: '演示运营方（占位信息，并非真实公司）',
      ru: 'Демо-оператор (заглушка, не реальная компания)',
      ar: 'جهة تشغيل تجريبية (بيانات مؤقتة، وليست شركة حقيقية)',
    },
    address: {
      en: 'Placeholder address: to be replaced by the operator before launch',
      zh: '占位地址：正式上线前由运营方替换',
      ru: 'Адрес-заглушка: оператор заменит его перед запуском',
      ar: 'عنوان مؤقت: تستبدله الجهة المشغّلة قبل الإطلاق',
    },
    email: privacyEmail,
  },
  retentionMonths: 24,
  // The notice is written in messages/*.json; nothing to add for the demo.
  privacyNotice: null,
}
