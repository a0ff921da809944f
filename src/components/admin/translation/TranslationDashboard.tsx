import type { ServerProps } from 'payload'

import { hasRole } from '@/access/hasRole'
import { translationDashboardRows, type DashboardCell } from '@/components/admin/translation/dashboardRows'
import { adminLanguage } from '@/components/admin/translation/labels'
import { translationLabels as T, translationStatusLabels as S } from '@/i18n/admin/translationLabels'
import { localeLabels } from '@/i18n/locales'

const cell = { padding: '0.3rem 0.6rem', borderBlockEnd: '1px solid var(--theme-elevation-100)', textAlign: 'start' } as const

/**
 * On the admin dashboard: per collection and locale, how many documents are missing a translation
 * or have a stale one, each number linking to that filtered list; below them each global (one
 * document: 0 or 1), linking to its edit view in that locale. Counted at each visit.
 */
export const TranslationDashboard = async ({ payload, user, i18n }: ServerProps) => {
  // Only editors read translation states (coordinators and agents have no content work here).
  if (!payload || !i18n || !hasRole(user as never, 'editor', 'admin')) return null
  const table = await translationDashboardRows(payload, user as never, i18n)
  const lang = adminLanguage(i18n.language)
  const localesShown = [...new Set(table.flatMap((row) => row.cells.map((c) => c.locale)))]
  const link = (c: DashboardCell, status: 'missing' | 'stale') => (c[status] === 0 ? <span>0</span> : <a href={c.href(status)} data-count={c[status]}>{c[status]}</a>)

  return (
    <section data-testid="translation-dashboard" style={{ marginBlockEnd: '2rem', overflowX: 'auto' }}>
      <h2>{T.dashboardTitle[lang]}</h2>
      <p>{T.dashboardIntro[lang]}</p>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{T.content[lang]}</th>
            {localesShown.map((l) => (
              <th key={l} style={cell} colSpan={2}>
                <bdi lang={l}>{localeLabels[l]}</bdi>
              </th>
            ))}
          </tr>
          <tr>
            <th style={cell} />
            {localesShown.flatMap((l) => [
              <th key={`${l}-m`} style={cell}>{S.missing[lang]}</th>,
              <th key={`${l}-s`} style={cell}>{S.stale[lang]}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {table.map((row) => (
            <tr key={`${row.kind}-${row.key}`} {...{ [`data-${row.kind}`]: row.key }}>
              <th style={cell} scope="row">
                {row.label}
              </th>
              {row.cells.flatMap((c) => [
                <td key={`${c.locale}-m`} style={cell} data-locale={c.locale} data-status="missing">{link(c, 'missing')}</td>,
                <td key={`${c.locale}-s`} style={cell} data-locale={c.locale} data-status="stale">{link(c, 'stale')}</td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
