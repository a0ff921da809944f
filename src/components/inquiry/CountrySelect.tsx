import type { SelectHTMLAttributes } from 'react'

import { countryOptions } from '@/lib/countries'

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children' | 'dangerouslySetInnerHTML' | 'defaultValue'> & {
  locale: string
  /** The "not stated" choice, first in the list. */
  none: string
  selected?: string
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const optionsHtml = (locale: string, none: string, selected = '') =>
  [['', none] as const, ...countryOptions(locale)]
    // Codes need no quotes and options no end tag (HTML's own rules): a quarter less to send.
    .map(([code, name]) => `<option value=${code === '' ? '""' : code}${code === selected ? ' selected' : ''}>${escape(name)}`)
    .join('')

/**
 * The ~250 countries, written once into the page's HTML and nowhere else. As children (or props
 * of the form) every name would also travel in the page's flight data; as inner HTML made while
 * rendering on the server, the list is in the HTML alone. Hydration keeps the server's options
 * (React does not compare inner HTML in production; the development warning is suppressed), and
 * later renders leave them alone because the prop never changes in the browser. When the form is
 * first drawn in the browser (a client-side navigation to a page with the form), the browser's own
 * Intl names fill the empty list. The selected country is marked here, as the form refilled after
 * a post without JavaScript needs it.
 */
export const CountrySelect = ({ locale, none, selected, ...select }: Props) => (
  <select
    {...select}
    ref={(element) => {
      if (element && element.options.length === 0) element.innerHTML = optionsHtml(locale, none, selected)
    }}
    suppressHydrationWarning
    dangerouslySetInnerHTML={{ __html: typeof window === 'undefined' ? optionsHtml(locale, none, selected) : '' }}
  />
)
