import type { UIField } from 'payload'

import { fieldLabels } from '@/i18n/admin/fieldLabels'

/**
 * The content lint in the edit view, as a warning that never blocks a save: the same check the
 * test suite runs over the demo content (src/lib/contentLint), on what the editor is typing.
 */
export const contentLintField = (): UIField => ({
  name: 'contentLint',
  type: 'ui',
  label: fieldLabels.contentLint,
  admin: { position: 'sidebar', components: { Field: '@/components/admin/ContentLintWarnings#ContentLintWarnings' } },
})
