import type { Page } from '@playwright/test'

import { localeLabels } from '@/i18n/locales'

/**
 * What counts as English left in a translated admin screen: a Latin word of three or more
 * letters that is not a name or a code. Names and codes stay as they are in every language: the
 * languages' own names, the product and messenger names, e-mail addresses, web addresses, slugs
 * (lower-case-with-hyphens), identifiers with digits and all-capital abbreviations (CAR-T, PDF).
 */
const NAMES = new Set(['China', 'Care', 'Portal', 'WhatsApp', 'Telegram', 'WeChat', 'Facebook', ...Object.values(localeLabels)])

export const englishWords = (text: string): string[] =>
  text
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ')
    .split(/[^A-Za-z0-9-]+/)
    .filter((word) => /[A-Za-z]{3,}/.test(word))
    .filter((word) => !/\d/.test(word) && !/^[A-Z-]+$/.test(word) && !NAMES.has(word))

/**
 * The visible text of the screen (with the accessible names and placeholders a screen reader or
 * an empty field shows), minus what editors typed: field values, rich text and content shown in
 * list cells and relationship choices are content, in whatever language it was written.
 */
export const visibleAdminText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const isContent = (el: Element) => Boolean(el.closest('input, textarea, select, [contenteditable="true"], .cell-content, td[class*="cell-"] .cell-value, .relationship--single-value, .multi-value, .rs__single-value, .rs__multi-value, [data-content-value]'))
    const parts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || isContent(el)) continue
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"], script, style, noscript')) continue
      if (el.getClientRects().length === 0) continue
      parts.push(node.textContent ?? '')
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (el.getClientRects().length === 0 || el.closest('[contenteditable="true"]')) continue
      for (const attribute of ['aria-label', 'placeholder', 'title']) parts.push(el.getAttribute(attribute) ?? '')
    }
    return parts.join(' \n ')
  })
