import type { Locale } from '@/i18n/locales'

/**
 * Demo content is written once, with every human-readable value given in all four languages.
 * The seeder turns each document into one write per locale.
 */
export type L<T = string> = Record<Locale, T>

/** Rich text, given as plain paragraphs per locale; a paragraph starting with "## " is a heading. */
export type Rich = { rich: L<string[]> }

/** A link to another seeded document, by its slug. */
export type Ref<C extends 'hospitals' | 'departments' | 'therapies' | 'conditions' | 'sources'> = { ref: C; slug: string }

/** An image drawn locally by the seeder (nothing is downloaded): two colours and a motif. */
export type SeedImage = {
  key: string
  alt: L
  colors: [string, string]
  motif: 'building' | 'cells' | 'lab' | 'journey' | 'portrait'
}

/**
 * A source as data: what it is, who published it, and only the URL and dates it really has
 * (the demo's source pages give neither a public address nor a date, so they carry none).
 */
export type SourceSeed = {
  slug: string
  title: L
  publisher: L
  kind: 'hospitalPage' | 'journalArticle' | 'trialRegistry' | 'agencyArticle' | 'faq'
  url?: string
  published?: string
  accessed?: string
}

/** A detail of a figure: given in the source (with its value) or explicitly not stated. */
export type StatedText = { stated: 'given'; text: L } | { stated: 'notStated' }
export type StatedCount = { stated: 'given'; count: number } | { stated: 'notStated' }

export type OutcomeSeed = {
  measure: 'completeRemission' | 'overallSurvival' | 'eventFreeSurvival' | 'diseaseFreeSurvival' | 'longTermSurvival' | 'other'
  qualifier: 'exact' | 'about' | 'nearly' | 'over'
  value: number
  /** Upper end when the source gives a range ("60–70%" is value 60, valueMax 70). */
  valueMax?: number
  label?: L
  patientGroup: L
  timePoint: StatedText
  patients: StatedCount
  period: StatedText
  source: Ref<'sources'>
}

export type DurationSeed = { min?: number; max?: number; unit: 'days' | 'weeks' | 'months' }

export type HospitalSeed = {
  slug: string
  name: L
  city: L
  province?: L
  kind: 'specialty' | 'general'
  foundedYear?: number
  beds?: number
  clinicalCentres?: number
  patientsPerYear?: { qualifier: 'exact' | 'about' | 'over'; count: number; basis: 'treated' | 'outpatientVisits' | 'discharges' | 'newPatients'; year?: number }
  /** The page the founding year, beds, centres and patient numbers come from. */
  factsSource?: Ref<'sources'>
  summary: L
  description: Rich
  rankings?: { text: L; rankedBy: L; year: number; source: Ref<'sources'> }[]
  nationalCentres?: { text: L }[]
  outcomes?: OutcomeSeed[]
  internationalServices?: {
    languages?: ('en' | 'zh' | 'ru' | 'ar' | 'fr' | 'es' | 'kk' | 'mn')[]
    interpreters?: boolean
    visaInvitationLetter?: boolean
    airportPickup?: boolean
    notes?: L
  }
  location?: { address?: L; latitude?: number; longitude?: number }
  heroImage: SeedImage
}

export type DepartmentSeed = {
  slug: string
  hospital: Ref<'hospitals'>
  name: L
  summary: L
  specialties?: { text: L }[]
  staff?: Partial<Record<'professors' | 'associateProfessors' | 'attendingDoctors' | 'residents' | 'nurses', number>>
  wards?: number
  beds?: number
  newPatientsPerYear?: number
  newPatientsQualifier?: 'exact' | 'about' | 'nearly' | 'over'
  factsSource?: Ref<'sources'>
  diseasesTreated?: { text: L }[]
  research?: Rich
  laboratory?: Rich
}

export type ConditionSeed = { slug: string; name: L; summary?: L }

export type TherapySeed = {
  slug: string
  name: L
  category: 'cellTherapy' | 'transplant' | 'radiation' | 'drug' | 'surgery'
  summary: L
  howItWorks: Rich
  conditions: Ref<'conditions'>[]
  eligibility?: { text: L }[]
  offeredAt: OfferedAtSeed[]
  journey?: ({ title: L; description?: L } & DurationSeed)[]
  totalDuration?: DurationSeed
  outcomes?: OutcomeSeed[]
  risks?: { title: L; description?: L }[]
  variants?: {
    kind: 'autologous' | 'allogeneic' | 'haploidentical' | 'unrelatedDonor' | 'cordBlood' | 'syngeneic' | 'other'
    name: L
    description?: L
    duration?: DurationSeed
  }[]
  faq?: { question: L; answer: L }[]
  cost?: { min?: number; max?: number; currency?: 'USD' | 'EUR' | 'CNY'; asOf?: string; includes?: L; source?: string }
  heroImage: SeedImage
}

export type StorySeed = {
  slug: string
  title: L
  patientAlias: L
  ageGroup: 'child' | 'teen' | 'youngAdult' | 'adult' | 'senior'
  homeCountry: string
  condition: Ref<'conditions'>
  therapy: Ref<'therapies'>
  hospital?: Ref<'hospitals'>
  timeline: { date: string; event: L }[]
  outcome: { summary: L; followUpDate?: string }
  body: Rich
} & (
  /** A composite that describes no real person: no consent record, no quotation. */
  | { kind: 'illustrative' }
  /** A real patient's account: only with their (or their guardian's) consent on file. */
  | { kind: 'realAccount'; quote?: L; consent: { givenBy: 'patient' | 'guardian'; date: string; reference: string } }
) & {
  image: SeedImage
}

export type SiteSettingsSeed = {
  contact: { email: L; phone?: L; whatsapp?: L; wechatId?: L }
  disclaimer: L
  emergency: L
  funding: L
  controller: { name: L; address: L; email: string }
  retentionMonths: number
  privacyNotice: Rich | null
}

/** How a therapy is offered at one hospital (or at a provider the source does not name). */
export type OfferedAtSeed = {
  hospital?: Ref<'hospitals'>
  providerNote?: L
  status: 'standardCare' | 'approvedProduct' | 'clinicalTrial'
  trialRegistry?: string
  trialId?: string
  trialPhase?: 'notStated' | 'phase1' | 'phase1_2' | 'phase2' | 'phase3' | 'phase4'
  note?: L
  source: Ref<'sources'>
}

/** A named doctor: only what a source says, each fact with its source (see data/doctors.ts). */
export type DoctorSeed = {
  slug: string
  name: L
  academicTitle?: 'professor' | 'associateProfessor' | 'lecturer'
  hospital: Ref<'hospitals'>
  department?: Ref<'departments'>
  factsSource?: Ref<'sources'>
  facts: { text: L; source: Ref<'sources'> }[]
}
