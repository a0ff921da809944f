import type { CollectionConfig, ImageSize } from 'payload'

import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { missingFileNotFound } from '@/hooks/missingFileNotFound'
import { MB, validateUpload } from '@/hooks/validateUpload'
import { revalidationHooks } from '@/collections/contentDefaults'
import { adminGroups, collectionLabels } from '@/i18n/admin/collectionLabels'
import { fieldLabels as L } from '@/i18n/admin/fieldLabels'
import { publicMediaDir } from '@/lib/paths'
import { publicImageHeaders } from '@/lib/uploadHeaders'

const webp = (name: string, width: number, height?: number): ImageSize => ({
  name,
  width,
  height,
  withoutEnlargement: true,
  formatOptions: { format: 'webp', options: { quality: 80 } },
})

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const

/** Public images. SVG is refused: it can carry scripts, and sharp cannot make sizes from it safely. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: collectionLabels.media,
  access: { create: isContentEditor, delete: isContentEditor, read: anyone, update: isContentEditor },
  admin: { group: adminGroups.content, useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  hooks: {
    ...revalidationHooks('media'),
    beforeOperation: [
      validateUpload({ collection: 'media', allowed: IMAGE_TYPES, allowedLabel: 'JPEG, PNG, WebP, AVIF', maxBytes: 10 * MB }),
    ],
  },
  upload: {
    staticDir: publicMediaDir,
    handlers: [missingFileNotFound(publicMediaDir)],
    mimeTypes: [...IMAGE_TYPES],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    modifyResponseHeaders: publicImageHeaders(IMAGE_TYPES),
    imageSizes: [webp('thumbnail', 400, 300), webp('card', 800, 500), webp('hero', 1600, 900), webp('og', 1200, 630)],
  },
  fields: [
    { name: 'alt', type: 'text', label: L.alt, localized: true, required: true, maxLength: 200 },
    { name: 'caption', type: 'text', label: L.caption, localized: true },
  ],
}
