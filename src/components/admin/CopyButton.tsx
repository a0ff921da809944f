'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

/** Copies a short link for an agent; says so for a moment (announced to screen readers too). */
export const CopyButton = ({ text, label, done }: { text: string; label: string; done: string }) => {
  const [copied, setCopied] = useState(false)
  return (
    <Button
      buttonStyle="secondary"
      size="small"
      onClick={async () => {
        await navigator.clipboard.writeText(text)
        setCopied(true)
        setTimeout(() => setCopied(false), 2000)
      }}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </Button>
  )
}
