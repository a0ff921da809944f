import type { DoctorSeed } from '@/seed/types'

/**
 * The two professors the West China paediatric division's page names, with only what that page
 * says about them: their title, and the research they did there from the early 1980s. The page
 * does not say whether they see patients today, what they treat, which languages they speak or
 * where they studied, so none of that is filled in (seesPatients stays false, and the page says so).
 * The source spells their names in Latin letters only: the Chinese reading keeps that spelling
 * until an editor confirms the characters with the hospital; Russian and Arabic transliterate it.
 * Russian and Arabic sentences avoid gendered verb forms: the source does not say.
 */
const source = { ref: 'sources', slug: 'west-china-pediatric-division' } as const
const where = {
  hospital: { ref: 'hospitals', slug: 'west-china-second-hospital' },
  department: { ref: 'departments', slug: 'pediatric-hematology-oncology' },
} as const

const sharedWork = (colleague: { en: string; zh: string; ru: string; ar: string }): DoctorSeed['facts'] => [
  {
    text: {
      en: `From the early 1980s, carried out a series of studies at the division with Professor ${colleague.en} on iron deficiency and on how mother and child handle iron around the time of birth.`,
      zh: `自20世纪80年代初起，与${colleague.zh}教授一起在该专科开展了一系列研究，内容涉及缺铁以及围产期母婴的铁代谢。`,
      ru: `С начала 1980-х годов — серия исследований в отделении совместно с профессором ${colleague.ru}: дефицит железа и обмен железа у матери и ребёнка в перинатальный период.`,
      ar: `منذ مطلع الثمانينيات: سلسلة من الدراسات في القسم بالاشتراك مع البروفيسور ${colleague.ar} حول نقص الحديد وطريقة تعامل جسم الأم والطفل مع الحديد في الفترة المحيطة بالولادة.`,
    },
    source,
  },
  {
    text: {
      en: 'According to the division, this team carried out the first survey of iron deficiency among children across China, and looked at what the deficiency does to different organs.',
      zh: '据该专科介绍，该团队完成了我国首次儿童缺铁流行病学调查，并研究了缺铁对各器官功能的影响。',
      ru: 'По данным отделения, эта группа впервые провела эпидемиологическое обследование дефицита железа у детей в Китае и изучила, как он сказывается на работе разных органов.',
      ar: 'وبحسب القسم، أجرى هذا الفريق أول مسح وبائي لنقص الحديد بين الأطفال في الصين، ودرس أثر هذا النقص في وظائف الأعضاء المختلفة.',
    },
    source,
  },
  {
    text: {
      en: 'Their work on transferrin, ferritin and the transferrin receptor led them to propose a theory of how an unborn child still receives iron when the mother is severely short of it, which the division calls the “unselfish-but-limited” theory.',
      zh: '他们对转铁蛋白、铁蛋白和转铁蛋白受体在母胎铁转运中作用的研究，提出了解释孕母严重缺铁时胎儿如何获得铁供应的理论，该专科称之为“有限无私”理论。',
      ru: 'Изучив роль трансферрина, ферритина и рецептора трансферрина, они предложили теорию о том, как плод продолжает получать железо при тяжёлом дефиците у матери; в отделении её называют теорией «бескорыстного, но ограниченного» снабжения.',
      ar: 'وقادتهم أبحاثهم حول الترانسفيرين والفيريتين ومستقبل الترانسفيرين إلى اقتراح نظرية تفسّر كيف يستمر الجنين في تلقي الحديد عندما تعاني الأم نقصًا شديدًا فيه، ويسميها القسم نظرية «العطاء غير الأناني لكن المحدود».',
    },
    source,
  },
]

const liao = { en: 'Liao Qingkui', zh: 'Liao Qingkui', ru: 'Ляо Цинкуй', ar: 'لياو تشينغكوي' }
const luo = { en: 'Luo Chunhua', zh: 'Luo Chunhua', ru: 'Ло Чуньхуа', ar: 'لوو تشونهوا' }

export const doctors: DoctorSeed[] = [
  { slug: 'liao-qingkui', name: liao, academicTitle: 'professor', ...where, factsSource: source, facts: sharedWork(luo) },
  { slug: 'luo-chunhua', name: luo, academicTitle: 'professor', ...where, factsSource: source, facts: sharedWork(liao) },
]
