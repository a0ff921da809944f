import type { Locale } from '@/i18n/locales'

/**
 * What the content lint looks for, per language. Superlatives and comparisons are claims that no
 * named source makes for us; guarantees and cure claims are what medical-advertising law forbids.
 * \p{L} look-arounds stand in for \b, which does not work for Cyrillic, Chinese or Arabic.
 */
const w = (source: string) => new RegExp(`(?<!\\p{L})(?:${source})(?!\\p{L})`, 'giu')

export const superlatives: Record<Locale, RegExp[]> = {
  en: [
    w('largest|biggest|best|foremost|unrivalled|unrivaled|unparalleled|world-class|first-class|top-ranked|top ranked|flagship|benchmark|state-of-the-art|cutting-edge|number one'),
    w('leading(?! to)'),
    w('most (?:advanced|experienced|famous|renowned|successful)'),
    w('among the (?:best|top|leading|most)'),
    w('comparable (?:to|with)'),
    w('at the forefront|in the front row'),
  ],
  // 最好 alone is also "preferably" (最好在出行前开始); only 最好的 is "the best".
  zh: [/最(?:大|佳|优|先进|强|权威|著名)|最好的/gu, /顶尖|顶级|一流|领先|标杆|首屈一指|前列|之最|排名首位|名列前茅|国际先进|国内先进|媲美|可与[^，。；]{0,20}相当/gu],
  ru: [w('лучш(?!е(?!\\p{L}))\\p{L}*'), w('крупнейш\\p{L}*|ведущ\\p{L}*|передов\\p{L}*|первоклассн\\p{L}*|сопоставим\\p{L}*|лидирующ\\p{L}*|номер один|мирового уровня')],
  ar: [
    /الأفضل|الأكبر|أبرز|الرائدة?|رائدة?(?!\p{L})|طليعة|الصدارة|يضاهي|تضاهي|يضاهيها/gu,
    /من\s+(?:أفضل|أكبر|أبرز)/gu,
    /(?:أفضل|أكبر)\s+(?:مستشفى|مستشفيات|مركز|مراكز|مؤسسة|علاج)/gu,
    /مماثلة?\s+ل/gu,
  ],
}

export const guarantees: Record<Locale, RegExp[]> = {
  en: [w('guarantee[sd]?|guaranteeing|cure[sd]?|curing|curative|miracle\\p{L}*|risk-free|cancer[- ]free|eradicat\\p{L}*'), w('100 ?% (?:success|effective|safe)')],
  zh: [/保证|治愈|根治|包治|痊愈|无风险|零风险|奇迹|百分之百/gu],
  ru: [w('гарантир\\p{L}*|гарантия|гарантию|излеч\\p{L}*|вылеч\\p{L}*|исцел\\p{L}*|чудес\\p{L}*|чудо|без риска')],
  // Arabic attaches و/ف/ب/ل and ال to the word; "تشفي" must not match inside مستشفيات.
  ar: [/(?<!\p{L})[وفبل]?(?:نضمن|يضمن|تضمن|مضمون|مضمونة|ضمان|الشفاء|شفاء|يشفي|تشفي|معجزة|المعجزة)(?!\p{L})/gu, /علاج نهائي|دون مخاطر|بلا مخاطر/gu],
}

/** A guarantee or cure word right after one of these, in the same clause, is a denial, not a claim. */
export const negations: Record<Locale, RegExp> = {
  en: /(?<!\p{L})(?:not|no|never|cannot|can't|nor|without|isn't|doesn't|don't)(?!\p{L})/iu,
  zh: /不|无|非|没有|并非|未/u,
  ru: /(?<!\p{L})(?:не|нет|ни|без)(?!\p{L})/iu,
  ar: /(?<!\p{L})[وف]?(?:لا|ليس|ليست|لن|لم|غير|دون)(?!\p{L})/u,
}

/** A percentage in running text, alone or as a range ("60–70%", "60%–70%"). */
export const percentFigure = /(\d+(?:[.,]\d+)?)\s?%?\s?[–-]\s?(\d+(?:[.,]\d+)?)\s?[%％]|(\d+(?:[.,]\d+)?)\s?[%％]/gu

/**
 * English left in another language's running text: three or more lower-case Latin words in a
 * row. Names ("Journal of Leukemia") and abbreviations (HLA, CAR-T) do not match.
 */
export const englishRun = /(?<![\p{L}{])[a-z]{2,}(?:[ -][a-z]{2,}){2,}(?![\p{L}}])/gu
