import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload, RequestContext } from 'payload'

import type { Tag } from '@/lib/content/tags'

type Versioned = { _status?: 'draft' | 'published' | null }

/**
 * Expires the cached data of a collection and every public page, in every locale. Pages cross-link
 * collections (home, lists, related cards), the site is a few dozen pages, and each is rebuilt
 * lazily on its next visit, so "everything under /[locale]" is both the simple and the exact answer.
 */
const revalidate = async (tag: Tag, payload: Payload, context: RequestContext, why: string) => {
  // The seed sets this: it writes hundreds of documents and nobody is looking yet.
  if (context.disableRevalidate) return
  // Outside a Next server (the seed script, Vitest) there is no page cache to expire, and
  // next/cache is loaded only inside one.
  if (!process.env.NEXT_RUNTIME) return
  const { revalidatePath, revalidateTag } = await import('next/cache')
  const { after } = await import('next/server')
  payload.logger.info(`[revalidate] ${tag}: ${why}`)
  const expire = () => {
    revalidateTag(tag, { expire: 0 })
    revalidatePath('/[locale]', 'layout')
    revalidatePath('/sitemap.xml')
  }
  expire()
  // A page render already running when this change was saved read the old data, and would write
  // it back to the cache after the expiry above (seen: a new therapy missing from a list). Expire
  // once more after the response, when such renders have finished.
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expire()
  })
}

/** After a save: only when visitors can see the change (a publish, an unpublish or a published edit). */
export const revalidateAfterChange =
  (tag: Tag): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req: { payload, context } }) => {
    const now = (doc as Versioned)._status
    const before = (previousDoc as Versioned | undefined)?._status
    const visible = now === undefined || now === 'published' || before === 'published'
    if (visible) await revalidate(tag, payload, context, `${String((doc as { slug?: string }).slug ?? doc.id)} ${now ?? 'saved'}`)
    return doc
  }

export const revalidateAfterDelete =
  (tag: Tag): CollectionAfterDeleteHook =>
  async ({ doc, req: { payload, context } }) => {
    await revalidate(tag, payload, context, `${String((doc as { slug?: string }).slug ?? doc.id)} deleted`)
    return doc
  }

export const revalidateGlobal =
  (tag: Tag): GlobalAfterChangeHook =>
  async ({ doc, req: { payload, context } }) => {
    await revalidate(tag, payload, context, 'updated')
    return doc
  }
