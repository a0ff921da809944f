import type { Locale } from '@/i18n/locales'
import { englishRun, guarantees, negations, percentFigure, superlatives } from '@/lib/contentLint/rules'
import { glossaryFindings } from '@/lib/glossary/check'

export type LintRule = 'superlative' | 'guarantee' | 'unsourcedFigure' | 'englishLeft' | 'glossary'
export type LintFinding = { rule: LintRule; locale: Locale; found: string; hint?: string; where?: string }

/** Figures a text may quote: the values of the document's own sourced outcome figures. */
export type SourcedFigures = ReadonlySet<number>

const clauseBefore = (text: string, index: number): string => {
  const before = text.slice(Math.max(0, index - 60), index)
  const parts = before.split(/[.!?;:。！？；،\n]/u)
  return parts[parts.length - 1] ?? ''
}

const matches = (text: string, patterns: RegExp[]) =>
  patterns.flatMap((p) => [...text.matchAll(new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`))])

const toNumber = (s: string | undefined) => (s == null ? undefined : Number(s.replace(',', '.')))

/**
 * The content lint for one text in one language: superlatives, guarantees and cure claims,
 * percentages not backed by a sourced figure of the same document, English left in another
 * language, and glossary variants. Pure and synchronous, so the admin can run it in the browser.
 */
export const lintText = (text: string, locale: Locale, figures: SourcedFigures = new Set()): LintFinding[] => {
  if (!text.trim()) return []
  const findings: LintFinding[] = []
  for (const m of matches(text, superlatives[locale])) findings.push({ rule: 'superlative', locale, found: m[0] })
  for (const m of matches(text, guarantees[locale])) {
    if (!negations[locale].test(clauseBefore(text, m.index ?? 0))) findings.push({ rule: 'guarantee', locale, found: m[0] })
  }
  for (const m of text.matchAll(percentFigure)) {
    const values = [toNumber(m[1]), toNumber(m[2]), toNumber(m[3])].filter((v): v is number => v != null)
    if (values.some((v) => !figures.has(v))) findings.push({ rule: 'unsourcedFigure', locale, found: m[0] })
  }
  if (locale !== 'en') for (const m of text.matchAll(englishRun)) findings.push({ rule: 'englishLeft', locale, found: m[0] })
  for (const g of glossaryFindings(text, locale)) findings.push({ rule: 'glossary', locale, found: g.found, hint: g.use })
  return findings
}
