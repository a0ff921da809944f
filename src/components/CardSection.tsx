import type { ReactNode } from 'react'

import type { Bilingual } from '@/lib/content/bilingual'

type Props<T extends { id: number | string }> = {
  id: string
  title: string
  items: Bilingual<T>[]
  card: (item: Bilingual<T>) => ReactNode
}

/** A titled grid of cards (related hospitals, therapies, stories); nothing at all when empty. */
export const CardSection = <T extends { id: number | string }>({ id, title, items, card }: Props<T>) =>
  items.length ? (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="grid">
        {items.map((item) => (
          <li key={item.doc.id}>{card(item)}</li>
        ))}
      </ul>
    </section>
  ) : null
