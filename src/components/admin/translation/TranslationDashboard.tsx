import { getTranslation } from '@payloadcms/translations'
import type { ServerProps } from 'payload'

import { hasRole } from '@/access/hasRole'
import { adminLanguage } from '@/components/admin/translation/labels'
import { translationLabels as T, translationStatusLabels as S } from '@/i18n/admin/translationLabels'
import { localeLabels, type Locale } from '@/i18n/locales'
import { countTranslationWork, workListUrl } from '@/lib/translationState/countWork'

const cell = { padding: '0.3rem 0.6rem', borderBlockEnd: '1px solid var(--theme-elevation-100)', textAlign: 'start' } as const

/**
 * On the admin dashboard: per collection and locale, how many documents are missing a translation
 * or have a stale one, each number linking to that filtered list. Counted at each visit.
 */
export const TranslationDashboard = async ({ payload, user, i18n }: ServerProps) => {
  // Only editors read translation states (coordinators and agents have no content work here).
  if (!payload || !i18n || !hasRole(user as never, 'editor', 'admin')) return null
  const rows = await countTranslationWork(payload, user as never)
  const lang = adminLanguage(i18n.language)
  const localesShown = [...new Set(rows.map((r) => r.locale))]
  const collections = [...new Set(rows.map((r) => r.collection))]
  const admin = payload.config.routes.admin
  const link = (collection: (typeof rows)[number]['collection'], locale: Locale, status: 'missing' | 'stale', n: number) =>
    n === 0 ? <span>0</span> : <a href={workListUrl(admin, collection, locale, status)} data-count={n}>{n}</a>

  return (
    <section data-testid="translation-dashboard" style={{ marginBlockEnd: '2rem', overflowX: 'auto' }}>
      <h2>{T.dashboardTitle[lang]}</h2>
      <p>{T.dashboardIntro[lang]}</p>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{T.collection[lang]}</th>
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
          {collections.map((slug) => (
            <tr key={slug} data-collection={slug}>
              <th style={cell} scope="row">
                {getTranslation(payload.collections[slug]?.config.labels.plural ?? slug, i18n)}
              </th>
              {rows
                .filter((r) => r.collection === slug)
                .flatMap((r) => [
                  <td key={`${r.locale}-m`} style={cell} data-locale={r.locale} data-status="missing">{link(slug, r.locale, 'missing', r.missing)}</td>,
                  <td key={`${r.locale}-s`} style={cell} data-locale={r.locale} data-status="stale">{link(slug, r.locale, 'stale', r.stale)}</td>,
                ])}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
