import { randomUUID } from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import { translate } from '@/i18n/admin/translate'

export const MB = 1024 * 1024

type UploadRules<S extends CollectionSlug> = {
  collection: S
  /** MIME types as detected from the file's bytes; the name and the browser's claim are ignored. */
  allowed: readonly string[]
  /** Shown to the user, e.g. "PDF, JPEG or PNG". */
  allowedLabel: string
  maxBytes: number
  /** Replace the visitor's file name with a random one (patients name files after themselves). */
  anonymiseName?: boolean
}

/**
 * Checks an upload before Payload stores anything: size and type by content, with a message in
 * the user's language. Payload's own checks still run after this one; they remain the backstop,
 * this is what makes the refusal clear. Runs before the operation, so a refused file leaves no
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
    if (!file.data?.length) fail(translate(req, 'uploadEmpty'))
    if (file.size > maxBytes || file.data.length > maxBytes) {
      fail(translate(req, 'uploadTooLarge', { max: Math.round(maxBytes / MB) }))
    }
    const detected = await fileTypeFromBuffer(file.data)
    if (!detected || !allowed.includes(detected.mime)) {
      fail(translate(req, 'uploadTypeNotAllowed', { allowed: allowedLabel }))
      return args
    }
    // Trust the bytes, not the name: a PNG called scan.pdf is stored as scan.png.
    file.mimetype = detected.mime
    const base = anonymiseName ? randomUUID() : file.name.replace(/\.[^.]*$/, '') || randomUUID()
    file.name = `${base}.${detected.ext}`
    return args
  }
