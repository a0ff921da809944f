import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

const text = (value: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

const block = (paragraph: string) =>
  paragraph.startsWith('## ')
    ? { type: 'heading', tag: 'h2', children: [text(paragraph.slice(3).trim())], direction: null, format: '', indent: 0, version: 1 }
    : { type: 'paragraph', children: [text(paragraph)], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', version: 1 }

/** Lexical JSON from plain paragraphs; "## Title" makes a heading. Used by the seed only. */
export const richTextFromParagraphs = (paragraphs: string[]): SerializedEditorState =>
  ({
    root: { type: 'root', children: paragraphs.map(block), direction: null, format: '', indent: 0, version: 1 },
  }) as unknown as SerializedEditorState
