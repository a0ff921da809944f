import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Editor-written rich text, rendered on the server as plain HTML (no client JavaScript). */
export const RichText = ({ data }: { data: unknown }) =>
  data ? <LexicalRichText data={data as SerializedEditorState} className="prose" /> : null
