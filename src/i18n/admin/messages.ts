// Server-side messages that reach editors and API clients (validation errors from our hooks), in
// every admin language. Payload merges them under the `custom` namespace: req.t('custom:key').
export const customMessages = {
  en: {
    tooManyLogins: 'Too many failed sign-ins from your connection. Please try again in {{minutes}} min.',
    tooManyResets: 'Too many password reset requests from your connection. Please try again in {{minutes}} min.',
    linkTargetUnpublished: 'Choose a published page: visitors cannot open drafts.',
    shortLinkHint: 'Send this link or let the patient scan the code. Visits and inquiries through it are counted for you.',
    copyLink: 'Copy link',
    copied: 'Copied',
    consentRequiredToPublish:
      'A story can only be published with a complete consent record: who gave consent, the date and a reference.',
    uploadTooLarge: 'The file is too large. Each file may be at most {{max}} MB.',
    uploadTypeNotAllowed: 'This file type is not accepted. Please upload {{allowed}}.',
    uploadEmpty: 'The file is empty.',
    slugInvalid: 'Use lower-case Latin letters, digits and hyphens only, for example "car-t-therapy".',
    countryCodeInvalid: 'Use a two-letter ISO country code, for example "KZ".',
    rangeInvalid: 'The upper value must not be smaller than the lower one.',
  },
  zh: {
    tooManyLogins: '您的网络连接登录失败次数过多。请在 {{minutes}} 分钟后重试。',
    tooManyResets: '您的网络连接请求重置密码的次数过多。请在 {{minutes}} 分钟后重试。',
    linkTargetUnpublished: '请选择已发布的页面：访客无法打开草稿。',
    shortLinkHint: '发送此链接或让患者扫描二维码。通过它产生的访问和咨询都会计入您的名下。',
    copyLink: '复制链接',
    copied: '已复制',
    consentRequiredToPublish: '患者故事必须附有完整的知情同意记录（签署人、日期和编号）才能发布。',
    uploadTooLarge: '文件过大。每个文件不得超过 {{max}} MB。',
    uploadTypeNotAllowed: '不接受此文件类型。请上传 {{allowed}}。',
    uploadEmpty: '文件为空。',
    slugInvalid: '只能使用小写拉丁字母、数字和连字符，例如 "car-t-therapy"。',
    countryCodeInvalid: '请使用两个字母的 ISO 国家代码，例如 "KZ"。',
    rangeInvalid: '上限不能小于下限。',
  },
  ru: {
    tooManyLogins: 'Слишком много неудачных попыток входа с вашего подключения. Повторите через {{minutes}} мин.',
    tooManyResets: 'Слишком много запросов на сброс пароля с вашего подключения. Повторите через {{minutes}} мин.',
    linkTargetUnpublished: 'Выберите опубликованную страницу: посетители не видят черновики.',
    shortLinkHint: 'Отправьте эту ссылку или дайте пациенту отсканировать код. Переходы и заявки по ней засчитываются вам.',
    copyLink: 'Скопировать ссылку',
    copied: 'Скопировано',
    consentRequiredToPublish:
      'Историю можно опубликовать только с полной записью о согласии: кто дал согласие, дата и номер документа.',
    uploadTooLarge: 'Файл слишком большой. Размер каждого файла — не более {{max}} МБ.',
    uploadTypeNotAllowed: 'Этот тип файла не принимается. Загрузите {{allowed}}.',
    uploadEmpty: 'Файл пуст.',
    slugInvalid: 'Используйте только строчные латинские буквы, цифры и дефисы, например «car-t-therapy».',
    countryCodeInvalid: 'Укажите двухбуквенный код страны ISO, например «KZ».',
    rangeInvalid: 'Верхнее значение не может быть меньше нижнего.',
  },
  ar: {
    tooManyLogins: 'محاولات تسجيل دخول فاشلة كثيرة من اتصالك. يرجى المحاولة مرة أخرى بعد {{minutes}} دقيقة.',
    tooManyResets: 'طلبات كثيرة لإعادة تعيين كلمة المرور من اتصالك. يرجى المحاولة مرة أخرى بعد {{minutes}} دقيقة.',
    linkTargetUnpublished: 'اختر صفحة منشورة: لا يمكن للزوار فتح المسودات.',
    shortLinkHint: 'أرسل هذا الرابط أو دع المريض يمسح الرمز. تُحتسب لك الزيارات والاستفسارات التي تأتي عبره.',
    copyLink: 'نسخ الرابط',
    copied: 'تم النسخ',
    consentRequiredToPublish:
      'لا يمكن نشر القصة إلا مع سجل موافقة كامل: من قدّم الموافقة، والتاريخ، والرقم المرجعي.',
    uploadTooLarge: 'الملف كبير جداً. الحد الأقصى لكل ملف هو {{max}} ميغابايت.',
    uploadTypeNotAllowed: 'نوع الملف غير مقبول. يرجى رفع {{allowed}}.',
    uploadEmpty: 'الملف فارغ.',
    slugInvalid: 'استخدم الأحرف اللاتينية الصغيرة والأرقام والشرطات فقط، مثل "car-t-therapy".',
    countryCodeInvalid: 'استخدم رمز الدولة المكوّن من حرفين وفق ISO، مثل "KZ".',
    rangeInvalid: 'يجب ألا تكون القيمة العليا أصغر من القيمة الدنيا.',
  },
} as const

export type CustomMessageKey = keyof (typeof customMessages)['en']
