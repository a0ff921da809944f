import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { UploadConfig } from 'payload'

type Handler = NonNullable<UploadConfig['handlers']>[number]

/**
 * `/api/<uploads>/file/<name>` for a file that is not on disk: Payload answers 500 ("Something
 * went wrong"); it is a 404. Runs before Payload serves the file itself and steps aside (returns
 * nothing) whenever the file exists.
 */
export const missingFileNotFound = (staticDir: string): Handler => {
  const handler = async (req: Parameters<Handler>[0], { params }: Parameters<Handler>[1]): Promise<Response | undefined> => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    if (!file.startsWith(dir + path.sep)) return
    const found = await stat(file).then(
      (stats) => stats.isFile(),
      () => false,
    )
    if (found) return
    return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
  }
  // Payload's type says Promise<void> | Promise<Response>; "nothing" means: serve it yourself.
  return handler as Handler
}
