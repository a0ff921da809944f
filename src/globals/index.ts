import { SiteSettings } from '@/globals/SiteSettings'
import { TravelGuide } from '@/globals/TravelGuide'
import { withAdminLanguage } from '@/i18n/admin/withAdminLanguage'
import { withGlobalTranslationState } from '@/lib/translationState'

/**
 * Every global, as src/collections/index.ts does for collections: each with translated text gets
 * its translation state here (src/lib/translationState), so a new global does too.
 */
export const globals = [SiteSettings, TravelGuide].map((global) => withGlobalTranslationState(withAdminLanguage(global)))
