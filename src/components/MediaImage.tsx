import Image from 'next/image'

import { asMedia, mediaSize } from '@/lib/media'

type Props = {
  media: unknown
  size: 'card' | 'hero' | 'thumbnail'
  /** The CSS width the image takes at each breakpoint, so phones download a small file. */
  sizes: string
  priority?: boolean
  alt?: string
}

/** A Payload image through next/image (AVIF/WebP at the width the layout needs). */
export const MediaImage = ({ media, size, sizes, priority = false, alt }: Props) => {
  const doc = asMedia(media)
  if (!doc) return null
  const { src, width, height } = mediaSize(doc, size)
  return (
    <Image
      src={src}
      width={width}
      height={height}
      sizes={sizes}
      alt={alt ?? doc.alt ?? ''}
      priority={priority}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
