import { getTranslations } from 'next-intl/server'

import type { Story } from '@/payload-types'

/**
 * What a story is, on its card and its page: an illustrative example (a composite, no real person)
 * or a real account with the patient's or guardian's consent on file. Anything not marked
 * illustrative can only have been published with its consent record (requireConsentToPublish).
 */
export const StoryKindTag = async ({ kind }: { kind: Story['kind'] | null | undefined }) => {
  const t = await getTranslations('stories.kind')
  return kind === 'illustrative' ? <span className="tag warn">{t('illustrative')}</span> : <span className="tag">{t('realAccount')}</span>
}
