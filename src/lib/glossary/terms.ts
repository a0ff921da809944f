import type { Locale } from '@/i18n/locales'

/**
 * One medical terminology per language. `use` is the term every text of the portal writes;
 * `not` are variants found in earlier content or common elsewhere, each a pattern that the content
 * lint flags (they also break search: a visitor searching one form misses the other).
 * Patterns use the `u` flag; \p{L} stands in for \b, which knows no Cyrillic, Chinese or Arabic.
 */
export type GlossaryTerm = {
  concept: string
  use: Partial<Record<Locale, string>>
  not: Partial<Record<Locale, RegExp[]>>
}

const L = '\\p{L}'
const word = (source: string, flags = 'giu') => new RegExp(`(?<!${L})(?:${source})(?!${L})`, flags)

export const glossary: GlossaryTerm[] = [
  {
    concept: 'haploidentical',
    use: { en: 'haploidentical', zh: '单倍型相合', ru: 'гаплоидентичный', ar: 'نصف المتطابق' },
    not: { zh: [/单倍体相合/gu, /单倍体移植/gu], ar: [/متطابق(?:ًا|ا)?\s+جزئي(?:ًا|ا)?/gu, /المتطابقين?\s+جزئي(?:ًا|ا)?/gu] },
  },
  {
    concept: 'graft-versus-host disease',
    use: { en: 'graft-versus-host disease', zh: '移植物抗宿主病', ru: 'реакция «трансплантат против хозяина»', ar: 'مرض الطعم ضد المضيف' },
    not: {
      en: [/graft[- ]vs\.?[- ]host/giu, /graft versus host/giu],
      zh: [/移植物抗宿主反应/gu],
      ru: [/болезнь\s+«?трансплантат/giu],
      ar: [/داء\s+الطعم/gu, /الثوي/gu],
    },
  },
  {
    concept: 'graft (diacritics)',
    use: { ar: 'الطعم' },
    // Vowel marks make the same word a different string for search.
    not: { ar: [/الطُّعم|الطُعم|الطّعم/gu] },
  },
  {
    concept: 'conditioning (before a transplant)',
    use: { en: 'conditioning', zh: '预处理', ru: 'кондиционирование', ar: 'العلاج التحضيري' },
    not: { ar: [/نظام\s+التكييف/gu, word('التكييف'), /نظام\s+التهيئة/gu, /العلاج\s+التهيئي/gu], ru: [/режим\s+подготовки/giu] },
  },
  {
    concept: 'lymphodepleting chemotherapy (before CAR-T)',
    use: { en: 'lymphodepleting chemotherapy', zh: '清淋化疗', ru: 'лимфодеплетирующая химиотерапия', ar: 'العلاج الكيميائي المستنفد للمفاويات' },
    not: { zh: [/清淋预处理/gu] },
  },
  {
    concept: 'disease-free survival',
    use: { en: 'disease-free survival', zh: '无病生存', ru: 'безрецидивная выживаемость', ar: 'البقاء دون مرض' },
    not: { zh: [/无疾病生存/gu], ru: [/выживаемость\s+без\s+признаков/giu], ar: [/الخالي\s+من\s+المرض/gu, /خاليًا\s+من\s+المرض/gu, /خال[ٍ]?\s+من\s+المرض/gu] },
  },
  {
    concept: 'event-free survival',
    use: { en: 'event-free survival', zh: '无事件生存', ru: 'бессобытийная выживаемость', ar: 'البقاء دون أحداث' },
    not: { ar: [/الخالي\s+من\s+الأحداث/gu], ru: [/выживаемость\s+без\s+событий/giu] },
  },
  {
    concept: 'overall survival',
    use: { en: 'overall survival', zh: '总生存', ru: 'общая выживаемость', ar: 'البقاء الإجمالي' },
    not: { zh: [/总体生存/gu], ar: [/البقاء\s+الكلي/gu] },
  },
  {
    concept: 'laminar-flow ward',
    use: { en: 'laminar-flow ward', zh: '层流病房', ru: 'палата с ламинарным потоком воздуха', ar: 'جناح بتدفق الهواء الصفائحي' },
    not: { zh: [/层流仓/gu], ar: [/صفحي/gu] },
  },
  {
    concept: 'B-cell (Latin B in Russian, as in English and Chinese)',
    use: { en: 'B-cell', zh: 'B细胞', ru: 'B-клеточный', ar: 'الخلايا البائية' },
    // Cyrillic "В" looks like Latin "B" but is another letter: search for "B-клеточная" misses it.
    not: { ru: [/В-(?:клет|лимф|ОЛЛ)/gu] },
  },
  {
    concept: 'T-cell (Latin T in Russian)',
    use: { en: 'T cell', zh: 'T细胞', ru: 'T-клетки', ar: 'الخلايا التائية' },
    not: { ru: [/Т-(?:клет|лимф)/gu] },
  },
  {
    concept: 'CAR-T',
    use: { en: 'CAR-T', zh: 'CAR-T', ru: 'CAR-T', ar: 'CAR-T' },
    not: { en: [/CAR T(?!-)/gu, /\bCART\b/gu], zh: [/CAR T(?!-)/gu, /CART/gu], ru: [/CAR T(?!-)/gu, /CART/gu], ar: [/CAR T(?!-)/gu, /CART/gu] },
  },
  {
    concept: 'clinical trial',
    use: { en: 'clinical trial', zh: '临床试验', ru: 'клиническое исследование', ar: 'تجربة سريرية' },
    not: { ru: [/клиническ\p{L}*\s+испытани\p{L}*/giu], zh: [/临床研究试验/gu] },
  },
  {
    concept: 'standard care',
    use: { en: 'standard care', zh: '标准治疗', ru: 'стандартное лечение', ar: 'علاج معياري' },
    not: { zh: [/常规治疗/gu], ar: [/علاج\s+معتمد\s+في\s+الممارسة/gu] },
  },
  {
    concept: 'remission',
    use: { en: 'remission', zh: '缓解', ru: 'ремиссия', ar: 'الهدأة' },
    not: { ar: [/الهجوع/gu, /الخمود/gu] },
  },
  {
    concept: 'relapse',
    use: { en: 'relapse', zh: '复发', ru: 'рецидив', ar: 'الانتكاس' },
    not: { ar: [/النكس/gu] },
  },
  {
    concept: 'leukaemia',
    use: { en: 'leukaemia', zh: '白血病', ru: 'лейкоз', ar: 'ابيضاض الدم' },
    // An explanation in brackets after the term is fine; the word on its own is not.
    not: { ar: [/(?<!\()اللوكيميا/gu], ru: [word('лейкеми\\p{L}*')] },
  },
]
