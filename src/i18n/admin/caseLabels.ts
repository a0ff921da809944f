import { toLabels } from '@/i18n/admin/label'

// Admin labels of the patient's case page, the coordinator's reply and the chat settings (en, zh, ru, ar).
export const caseLabels = toLabels({
  caseLink: ['Patient\'s case page', '患者病例页面', 'Страница обращения пациента', 'صفحة حالة المريض'],
  caseLinkRevoked: ['Case link revoked', '病例链接已停用', 'Ссылка на обращение отозвана', 'تم إلغاء رابط الحالة'],
  caseLinkRevokedHelp: [
    'Tick to close the patient\'s private link at once (for example if it was forwarded by mistake). The link also ends when the inquiry is deleted at the end of the retention period.',
    '勾选后立即关闭患者的私人链接（例如链接被误转发时）。询问在保存期满被删除时，链接也随之失效。',
    'Отметьте, чтобы сразу закрыть личную ссылку пациента (например, если её переслали по ошибке). Ссылка перестаёт работать и тогда, когда обращение удаляется по истечении срока хранения.',
    'ضع علامة لإغلاق الرابط الخاص بالمريض فورًا (مثلًا إذا أُعيد إرساله عن طريق الخطأ). ينتهي الرابط أيضًا عند حذف الاستفسار بانتهاء مدة الاحتفاظ.',
  ],
  patientUpdates: ['Added later by the patient', '患者后续补充', 'Добавлено пациентом позже', 'ما أضافه المريض لاحقًا'],
  update: ['Addition', '补充', 'Дополнение', 'إضافة'],
  receivedAt: ['Received at', '收到时间', 'Получено', 'وقت الاستلام'],
  filesAdded: ['Files added', '新增文件', 'Добавлено файлов', 'الملفات المضافة'],
  replyDraft: ['Reply to the patient', '回复患者', 'Ответ пациенту', 'الرد على المريض'],
  replyDraftHelp: [
    'Write in the patient\'s language. On save it is sent by e-mail (greeting and link to the case page in the patient\'s language) and kept below; it cannot be edited afterwards.',
    '请用患者的语言书写。保存后将通过电子邮件发送（问候语和病例页面链接使用患者的语言），并保存在下方，之后不可修改。',
    'Пишите на языке пациента. При сохранении ответ уходит по электронной почте (приветствие и ссылка на страницу обращения на языке пациента) и сохраняется ниже; изменить его потом нельзя.',
    'اكتب بلغة المريض. عند الحفظ يُرسل بالبريد الإلكتروني (التحية ورابط صفحة الحالة بلغة المريض) ويُحفظ أدناه، ولا يمكن تعديله بعد ذلك.',
  ],
  replies: ['Replies sent to the patient', '已发送给患者的回复', 'Ответы, отправленные пациенту', 'الردود المرسلة إلى المريض'],
  reply: ['Reply', '回复', 'Ответ', 'رد'],
  replyText: ['Text', '内容', 'Текст', 'النص'],
  replyLocale: ['E-mail language', '邮件语言', 'Язык письма', 'لغة البريد'],
  writtenBy: ['Written by', '撰写人', 'Автор', 'كتبه'],
  writtenAt: ['Written at', '撰写时间', 'Написано', 'وقت الكتابة'],
  emailedAt: ['E-mailed at', '邮件发送时间', 'Отправлено по почте', 'وقت الإرسال بالبريد'],
  replyWithinDays: ['Reply within (working days)', '回复时限（工作日）', 'Срок ответа (рабочих дней)', 'مدة الرد (أيام عمل)'],
  replyWithinDaysHelp: [
    'The reply time promised to patients on their case page.',
    '在患者病例页面上承诺的回复时间。',
    'Срок ответа, который обещан пациенту на странице его обращения.',
    'مدة الرد الموعودة للمرضى في صفحة حالتهم.',
  ],
  chatTap: ['Chat tap', '聊天点击', 'Переход в чат', 'نقرة دردشة'],
  chatTaps: ['Chat taps', '聊天点击', 'Переходы в чат', 'نقرات الدردشة'],
  chatApp: ['Chat app', '聊天应用', 'Мессенджер', 'تطبيق الدردشة'],
  chatPage: ['Tapped on page', '点击所在页面', 'Страница перехода', 'الصفحة التي نُقر فيها'],
  telegram: ['Telegram username', 'Telegram 用户名', 'Имя пользователя в Telegram', 'اسم المستخدم في Telegram'],
})
