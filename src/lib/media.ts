import type { Media } from '@/payload-types'

/** Payload prefixes file URLs with serverURL; next/image wants them relative to the site. */
export const relativeUrl = (url: string | null | undefined): string | undefined =>
  url ? new URL(url, 'http://relative.invalid').pathname : undefined

type SizeName = keyof NonNullable<Media['sizes']>

/** The URL and dimensions of one of Payload's WebP sizes, else of the original. */
export const mediaSize = (media: Media, size: SizeName) => {
  const variant = media.sizes?.[size]
  if (variant?.url && variant.width && variant.height) {
    return { src: relativeUrl(variant.url)!, width: variant.width, height: variant.height }
  }
  return { src: relativeUrl(media.url)!, width: media.width ?? 1600, height: media.height ?? 900 }
}

export const asMedia = (value: unknown): Media | undefined =>
  value && typeof value === 'object' && 'filename' in value ? (value as Media) : undefined
