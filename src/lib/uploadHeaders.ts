/**
 * Headers for files Payload streams from /api/<collection>/file/…, given to each upload collection
 * as `upload.modifyResponseHeaders` (Payload calls it on every file answer, ranges included).
 */
type Modify = (args: { headers: Headers }) => Headers

/**
 * Patients' medical records: always a download (a PDF or picture never opens as a page in the
 * coordinator's browser session), never kept by the browser or any shared cache.
 */
export const privateFileHeaders: Modify = ({ headers }) => {
  headers.set('Content-Disposition', 'attachment')
  headers.set('Cache-Control', 'private, no-store')
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}

/**
 * Public images: shown inline only when the stored bytes are one of the image types we accept;
 * anything else (HTML, SVG, a file put in the folder by hand) is handed out as a download.
 */
export const publicImageHeaders =
  (inlineTypes: readonly string[]): Modify =>
  ({ headers }) => {
    const type = (headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase()
    if (!inlineTypes.includes(type)) headers.set('Content-Disposition', 'attachment')
    headers.set('X-Content-Type-Options', 'nosniff')
    return headers
  }
