import type { Page } from '@playwright/test'

import { localeLabels } from '@/i18n/locales'

/**
 * What counts as English left in a translated admin screen: a Latin word of three or more
 * letters that is not a name or a code. Names and codes stay as they are in every language: the
 * languages' own names, the product and messenger names, e-mail addresses, web addresses, slugs
 * (lower-case-with-hyphens), identifiers with digits, all-capital abbreviations (CAR-T, PDF) and
 * the keys of a keyboard shortcut (alt+T).
 */
const NAMES = new Set(['China', 'Care', 'Portal', 'WhatsApp', 'Telegram', 'WeChat', 'Facebook', ...Object.values(localeLabels)])

export const englishWords = (text: string): string[] =>
  text
    // Payload 3.90.1 puts a per-language label object into a string in two places (the
    // dashboard's "create new …" button and the list's sort buttons): "[object Object]" is that
    // upstream defect, not a text anyone could translate.
    .replaceAll('[object Object]', ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/\S+\.(?:jpe?g|png|webp|gif|svg|pdf)\b/gi, ' ')
    .replace(/\b(?:image|application|text)\/[\w.+-]+/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    // Key names in a shortcut ("通知 alt+T", the notification area's own label) are keys, not words.
    .replace(/\b(?:alt|ctrl|shift|cmd|meta)\+\w\b/gi, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ')
    .split(/[^A-Za-z0-9-]+/)
    .filter((word) => /[A-Za-z]{3,}/.test(word))
    .filter((word) => !/\d/.test(word) && !/^[A-Z-]+$/.test(word) && !NAMES.has(word))

/**
 * The visible text of the screen (with the accessible names and placeholders a screen reader or
 * an empty field shows), minus what editors typed: field values, rich text, list cells, file
 * names, relationship choices and code (field paths) are content, in whatever language it was
 * written, and so are document titles and a select's chosen value; the column headers, labels,
 * buttons and messages around them are the admin's.
 */
// A string, not a function: transpilers add helpers (esbuild's __name) that the page does not have.
const IN_PAGE = `(() => {
  // A document's title (its heading and last breadcrumb) is its name field, typed by an editor.
  const content = 'input, textarea, select, code, [contenteditable="true"], .table tbody td, .relationship--single-value, .multi-value, .value-container, .rs__single-value, .rs__multi-value, .file-details__main-detail, .doc-header__title, .step-nav__last, [data-content-value]'
  // Accessible names count where a screen reader announces them: controls, landmarks, roles.
  const named = 'a[aria-label], button[aria-label], input[aria-label], select[aria-label], textarea[aria-label], section[aria-label], nav[aria-label], [role][aria-label], [placeholder], [title]'
  const parts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!el || el.closest(content) || el.closest('[hidden], [aria-hidden="true"], script, style, noscript')) continue
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue
    parts.push(node.textContent || '')
  }
  for (const el of document.querySelectorAll(named)) {
    if (el.getClientRects().length === 0 || el.closest('[contenteditable="true"], .table tbody td, .value-container, .doc-header__title, .step-nav__last')) continue
    for (const name of ['aria-label', 'placeholder', 'title']) parts.push(el.getAttribute(name) || '')
  }
  return parts.join(' \\n ')
})()`

/**
 * The visible text of the screen (with the accessible names and placeholders a screen reader or
 * an empty field shows), minus what editors typed: field values, rich text, list cells, file
 * names, relationship choices and code (field paths) are content, in whatever language it was
 * written; the column headers, labels, buttons and messages around them are the admin's.
 */
export const visibleAdminText = (page: Page): Promise<string> => page.evaluate(IN_PAGE) as Promise<string>
