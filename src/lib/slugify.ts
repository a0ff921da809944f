/** ASCII slug: "CAR-T Cell Therapy" → "car-t-cell-therapy". Non-Latin text yields "". */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
