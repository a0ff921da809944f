import type { ReactNode } from 'react'

type Props = { id: string; title: string; body: string; children?: ReactNode }

/** One section of the privacy notice: a heading, its paragraphs (blank-line separated in the messages). */
export const PrivacySection = ({ id, title, body, children }: Props) => (
  <section aria-labelledby={`privacy-${id}`}>
    <h2 id={`privacy-${id}`}>{title}</h2>
    {body.split('\n\n').map((paragraph) => (
      <p key={paragraph}>{paragraph}</p>
    ))}
    {children}
  </section>
)
