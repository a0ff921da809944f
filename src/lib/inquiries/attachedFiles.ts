import type { IncomingFile } from '@/lib/inquiries/records'

/** The files of a form post. Browsers send an empty file part when nothing was chosen; that is not an attachment. */
export const attachedFiles = async (form: FormData): Promise<IncomingFile[]> => {
  const parts = form.getAll('records').filter((part): part is File => typeof part !== 'string' && (part.size > 0 || Boolean(part.name)))
  return Promise.all(parts.map(async (part) => ({ name: (part.name || 'file').slice(0, 120), bytes: Buffer.from(await part.arrayBuffer()) })))
}
