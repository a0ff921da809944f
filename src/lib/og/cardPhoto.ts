import { access } from 'node:fs/promises'
import path from 'node:path'

import { publicMediaDir } from '@/lib/paths'
import type { Media } from '@/payload-types'

/**
 * The file of an image's 1200x630 size (Payload makes it on upload, see collections/Media), to
 * draw the card on; undefined when the page has no image or the file is not on this server, and
 * the card falls back to the plain brand background.
 */
export const cardPhoto = async (image: number | Media | null | undefined): Promise<string | undefined> => {
  const filename = image && typeof image === 'object' ? image.sizes?.og?.filename : undefined
  if (!filename) return undefined
  const file = path.join(publicMediaDir, path.basename(filename))
  return access(file).then(
    () => file,
    () => undefined,
  )
}
