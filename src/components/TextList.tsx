import type { Locale } from '@/i18n/locales'
import { shown } from '@/lib/content/shown'

type Row = { text: string; id?: string | null }

/** A translated list field (rankings, criteria, diseases...), each line in English where untranslated. */
export const TextList = ({ rows, english, locale }: { rows: Row[] | null | undefined; english: Row[] | null | undefined; locale: Locale }) =>
  rows?.length ? (
    <ul className="prose">
      {rows.map((row, i) => {
        const text = shown(row.text, english?.[i]?.text, locale)
        return (
          <li key={row.id ?? i} lang={text?.fallback ? 'en' : undefined}>
            {text?.value}
          </li>
        )
      })}
    </ul>
  ) : null
