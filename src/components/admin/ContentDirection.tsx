'use client'

import { useLocale } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

/**
 * Marks the page with the direction of the content locale being edited, so typed text follows the
 * text's language rather than the admin's (custom.scss): Russian edits left to right in the Arabic
 * admin, Arabic right to left in the English one. Payload itself only turns fields right to left
 * for a right-to-left content locale, and inherits the admin's direction otherwise.
 */
export const ContentDirection = ({ children }: { children?: ReactNode }) => {
  const { rtl } = useLocale()
  useEffect(() => {
    document.documentElement.dataset.contentDir = rtl ? 'rtl' : 'ltr'
  }, [rtl])
  return children
}
