'use client'

import { useEffect, useState } from 'react'

/**
 * The "copy link" button of the share panel. Without JavaScript it stays hidden and the link
 * field beside it is there to select and copy by hand.
 */
export const CopyLink = ({ url, label, done }: { url: string; label: string; done: string }) => {
  const [ready, setReady] = useState(false)
  const [copied, setCopied] = useState(false)
  useEffect(() => setReady(Boolean(navigator.clipboard)), [])
  if (!ready) return null
  return (
    <button
      type="button"
      className="button secondary"
      onClick={async () => {
        await navigator.clipboard.writeText(url)
        setCopied(true)
        setTimeout(() => setCopied(false), 2500)
      }}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  )
}
