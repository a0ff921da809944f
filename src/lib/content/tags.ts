/**
 * Cache tags for published content, one per collection. The data set is small and every page
 * cross-links collections (a therapy page lists hospitals, a hospital page lists therapies), so a
 * collection-wide tag is both simplest and exact: any change refreshes everything that read it.
 */
export const TAGS = {
  conditions: 'conditions',
  departments: 'departments',
  doctors: 'doctors',
  hospitals: 'hospitals',
  media: 'media',
  settings: 'site-settings',
  sources: 'sources',
  stories: 'stories',
  therapies: 'therapies',
  travel: 'travel-guide',
} as const

export type Tag = (typeof TAGS)[keyof typeof TAGS]
