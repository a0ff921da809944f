import type { Locale } from '@/i18n/locales'
import { glossary } from '@/lib/glossary/terms'

export type GlossaryFinding = { concept: string; found: string; use: string }

/** Every variant of a glossary term in one text, with the term to write instead. */
export const glossaryFindings = (text: string, locale: Locale): GlossaryFinding[] =>
  glossary.flatMap((term) =>
    (term.not[locale] ?? []).flatMap((pattern) =>
      [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map((m) => ({
        concept: term.concept,
        found: m[0],
        use: term.use[locale] ?? '',
      })),
    ),
  )
