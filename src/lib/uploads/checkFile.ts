import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

export type FileProblem = 'fileEmpty' | 'fileTooLarge' | 'fileType' | 'fileDamaged'
export type FileRules = {
  /** MIME types as detected from the file's bytes; the name and the browser's claim are ignored. */
  allowed: readonly string[]
  maxBytes: number
}
export type CheckedFile = { ok: true; mime: string; ext: string } | { ok: false; problem: FileProblem }

/**
 * The one check of an uploaded file, used by the inquiry form before anything is stored and by
 * Payload's upload hook (validateUpload) for the admin and the API. Besides size and type, it
 * refuses what Payload's own upload code would refuse later with an error the visitor cannot act
 * on: Payload 3.90 (uploads/checkFileRestrictions.js, utilities/validatePDF.js) wants a PDF to
 * start with "%PDF-" and to carry "%%EOF" and "xref" in its last 1024 bytes, and
 * (uploads/getImageSize.js) an image whose width and height can be read. Keep this in step with
 * Payload when upgrading it: tests/int/inquiry-form.int.spec.ts sends each such file.
 */
export const checkFile = async (bytes: Buffer, { allowed, maxBytes }: FileRules): Promise<CheckedFile> => {
  if (bytes.length === 0) return { ok: false, problem: 'fileEmpty' }
  if (bytes.length > maxBytes) return { ok: false, problem: 'fileTooLarge' }
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined)
  if (!detected || !allowed.includes(detected.mime)) return { ok: false, problem: 'fileType' }
  const whole = detected.mime === 'application/pdf' ? isCompletePdf(bytes) : detected.mime.startsWith('image/') ? await hasDimensions(bytes) : true
  if (!whole) return { ok: false, problem: 'fileDamaged' }
  return { ok: true, mime: detected.mime, ext: detected.ext }
}

/** The tail Payload looks at for a PDF's end markers. */
const PDF_TAIL_BYTES = 1024

const isCompletePdf = (bytes: Buffer): boolean => {
  if (!bytes.subarray(0, 8).toString('latin1').startsWith('%PDF-')) return false
  const tail = bytes.subarray(Math.max(0, bytes.length - PDF_TAIL_BYTES)).toString('latin1')
  return tail.includes('%%EOF') && tail.includes('xref')
}

const hasDimensions = async (bytes: Buffer): Promise<boolean> => {
  try {
    const { width, height } = await sharp(bytes).metadata()
    return Boolean(width && height)
  } catch {
    // sharp could not read the header: cut off before the image's size, or not really an image.
    return false
  }
}
