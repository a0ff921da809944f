import type { Thing } from '@/lib/seo/structuredData'

/**
 * One JSON-LD block. `<` is written as \u003c so no text from the CMS can close the script
 * element; the browser never runs it (a data block), so the CSP is not involved.
 */
export const JsonLd = ({ data }: { data: Thing }) => (
  <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c') }} />
)
