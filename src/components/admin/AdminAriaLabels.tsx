'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

import { adminLanguage } from '@/components/admin/translation/labels'
import { toLabels } from '@/i18n/admin/label'

/**
 * Accessible names that Payload's rich-text editor and its notification area write in English in
 * the code itself (no translation key to override): what a screen reader announces on the block
 * handles, the link menu, the toasts and a relationship chip's "Edit …" button, and a checkbox's
 * tooltip. Translated in place as they
 * appear; a Payload upgrade that translates them makes this a no-op.
 */
const hardCoded = toLabels({
  'Add block': ['Add block', '添加块', 'Добавить блок', 'إضافة وحدة'],
  'Drag to move': ['Drag to move', '拖动以移动', 'Перетащите, чтобы переместить', 'اسحب للنقل'],
  'Insert Paragraph': ['Insert paragraph', '插入段落', 'Вставить абзац', 'إدراج فقرة'],
  'Edit link': ['Edit link', '编辑链接', 'Изменить ссылку', 'تعديل الرابط'],
  'Remove link': ['Remove link', '移除链接', 'Удалить ссылку', 'إزالة الرابط'],
  'Notifications alt+T': ['Notifications alt+T', '通知 alt+T', 'Уведомления alt+T', 'الإشعارات alt+T'],
  invisible: ['', '', '', ''],
})
// A relationship chip's drawer button says "Edit <the related document's title>".
const EDIT_PREFIX = 'Edit '
const editWord = toLabels({ edit: ['Edit', '编辑', 'Изменить', 'تعديل'] }).edit

export const AdminAriaLabels = ({ children }: { children?: ReactNode }) => {
  const { i18n } = useTranslation()
  const language = adminLanguage(i18n.language)
  useEffect(() => {
    const fix = (root: ParentNode) => {
      for (const el of root.querySelectorAll('[class*="drawer-toggler"][aria-label^="Edit "]')) {
        const title = el.getAttribute('aria-label')!.slice(EDIT_PREFIX.length)
        if (language !== 'en') el.setAttribute('aria-label', `${editWord[language]} ${title}`)
      }
      for (const el of root.querySelectorAll('[aria-label]')) {
        const label = hardCoded[el.getAttribute('aria-label') as keyof typeof hardCoded]
        if (!label) continue
        // A label that is no name at all (Payload's header spacer says "invisible") goes.
        if (!label[language]) el.removeAttribute('aria-label')
        // Only when it changes: the observer sees our own writes too.
        else if (label[language] !== el.getAttribute('aria-label')) el.setAttribute('aria-label', label[language])
      }
      // Payload's checkbox shows its field's code name as a tooltip ("checked" on the travel guide);
      // the visible label beside it already names it in the admin's language.
      for (const el of root.querySelectorAll('input[type="checkbox"][title]')) {
        if (el.getAttribute('title') === el.getAttribute('name')) el.removeAttribute('title')
      }
    }
    fix(document)
    const observer = new MutationObserver(() => fix(document))
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'title'] })
    return () => observer.disconnect()
  }, [language])
  return children
}
