import { getTranslations } from 'next-intl/server'
import type { ElementType, ReactNode } from 'react'

import type { Shown } from '@/lib/content/shown'
import { readable } from '@/lib/typography/readable'

type Props<V> = {
  shown: Shown<V> | undefined
  as?: ElementType
  className?: string
  children?: (value: V) => ReactNode
}

/**
 * Renders a translated value. When it is the English original standing in for a missing
 * translation, the block says so in the visitor's language and carries lang="en".
 */
export const Localized = async <V,>({ shown, as: Tag = 'p', className, children }: Props<V>) => {
  if (!shown) return null
  const content = children ? children(shown.value) : readable(String(shown.value))
  if (!shown.fallback) return <Tag className={className}>{content}</Tag>
  const t = await getTranslations('common')
  return (
    <div className="fallback">
      <p className="untranslated">{t('notTranslated')}</p>
      <Tag className={className} lang={shown.lang} dir="ltr">
        {content}
      </Tag>
    </div>
  )
}
