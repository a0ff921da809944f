import { toLabels } from '@/i18n/admin/label'

/** The travel guide's fields in the admin (src/globals/TravelGuide). */
export const travelGuideLabels = toLabels({
  global: ['Travel guide', '赴华指南', 'Путеводитель для поездки', 'دليل السفر'],
  title: ['Title', '标题', 'Заголовок', 'العنوان'],
  lead: ['Introduction', '引言', 'Вступление', 'المقدمة'],
  checked: ['Checked by editors against current rules', '编辑已按现行规定核对', 'Проверено редакторами по действующим правилам', 'راجعه المحررون وفق القواعد الحالية'],
  checkedHelp: [
    'Until this is ticked, the page tells visitors that the guide is general guidance not yet checked. Tick it for each language once that text has been checked.',
    '勾选前，页面会提示访客本指南为尚未核对的一般性说明。每种语言的文本核对后，分别勾选。',
    'Пока флажок не стоит, страница сообщает посетителям, что это общие советы, ещё не проверенные. Ставьте его для каждого языка после проверки текста.',
    'إلى أن يُحدَّد هذا الخيار، تُخبر الصفحة الزوار بأن الدليل إرشادات عامة لم تُراجَع بعد. حدّده لكل لغة بعد مراجعة نصها.',
  ],
  sections: ['Sections', '章节', 'Разделы', 'الأقسام'],
  section: ['Section', '章节', 'Раздел', 'القسم'],
  heading: ['Heading', '小标题', 'Подзаголовок', 'العنوان الفرعي'],
  points: ['Points', '要点', 'Пункты', 'النقاط'],
  point: ['Point', '要点', 'Пункт', 'نقطة'],
})
