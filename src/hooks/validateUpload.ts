import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import { ValidationError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import { translate } from '@/i18n/admin/translate'
import { checkFile } from '@/lib/uploads/checkFile'
import { cleanOriginalName } from '@/lib/uploads/originalName'

export const MB = 1024 * 1024

type UploadRules<S extends CollectionSlug> = {
  collection: S
  /** MIME types as detected from the file's bytes; the name and the browser's claim are ignored. */
  allowed: readonly string[]
  /** Shown to the user, e.g. "PDF, JPEG or PNG". */
  allowedLabel: string
  maxBytes: number
  /**
   * Store the file under a random name (patients name files after themselves, and the name is in
   * the file's URL); the name it came with is kept in the `originalName` field, for staff only.
   */
  anonymiseName?: boolean
}

/**
 * Checks an upload before Payload stores anything: size, type by content and a whole file, with a
 * message in the user's language. Payload's own checks still run after this one; they remain
 * the backstop, this is what makes the refusal clear. Runs before the operation, so a refused file leaves no
 * document and no file on disk.
 */
export const validateUpload =
  <S extends CollectionSlug>({ collection, allowed, allowedLabel, maxBytes, anonymiseName = false }: UploadRules<S>): CollectionBeforeOperationHook<S> =>
  async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    const file = req.file
    const fail = (message: string) => {
      throw new ValidationError({ collection, errors: [{ message, path: 'file' }] }, req.t)
    }
    if (file.size > maxBytes) fail(translate(req, 'uploadTooLarge', { max: Math.round(maxBytes / MB) }))
    // The same check as the inquiry form's (checkFile): size, type by content, and the file whole
    // enough for Payload's own checks that follow, so those never fail with a bare error.
    // With temporary files on (upload.useTempFiles) the bytes are on disk, not in memory.
    const bytes = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)
    const checked = await checkFile(bytes, { allowed, maxBytes })
    if (!checked.ok) {
      const messages = {
        fileEmpty: () => translate(req, 'uploadEmpty'),
        fileTooLarge: () => translate(req, 'uploadTooLarge', { max: Math.round(maxBytes / MB) }),
        fileType: () => translate(req, 'uploadTypeNotAllowed', { allowed: allowedLabel }),
        fileDamaged: () => translate(req, 'uploadDamaged'),
      }
      fail(messages[checked.problem]())
      return args
    }
    // Trust the bytes, not the name: a PNG called scan.pdf is stored as scan.png.
    file.mimetype = checked.mime
    if (anonymiseName) args.data = { ...(args.data as object), originalName: cleanOriginalName(file.name) } as typeof args.data
    const base = anonymiseName ? randomUUID() : file.name.replace(/\.[^.]*$/, '') || randomUUID()
    file.name = `${base}.${checked.ext}`
    return args
  }
