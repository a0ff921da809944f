// How big a request body may be: one home, read by the production server (src/server/), Next's
// config and the inquiry form's own checks. Plain JavaScript so the server can load it without a build.

/** The inquiry form takes up to five records of up to 10 MB each. */
export const MAX_RECORDS = 5
export const MAX_RECORD_BYTES = 10 * 1024 * 1024

/**
 * The fields of the form are a few KB of text; 1 MiB covers them, their UTF-8 and the multipart and
 * server-action framing many times over.
 */
const FIELDS_ALLOWANCE_BYTES = 1024 * 1024

/**
 * The largest body any request may carry: a full inquiry form. Nothing else the portal takes is
 * bigger (an editor's image is at most 10 MB; Payload's 25 MB ceiling per file lets an 11 MB one
 * reach the translated refusal in the collection's hook). A bigger body is refused from its
 * Content-Length before a byte of it is read, and a chunked body is cut off when it passes this.
 */
export const MAX_BODY_BYTES = MAX_RECORDS * MAX_RECORD_BYTES + FIELDS_ALLOWANCE_BYTES

/**
 * Bodies above this size count as uploads: at most UPLOAD_CONCURRENCY of them are read at once
 * (Next and Payload hold a body in memory while they parse it), the others wait unread.
 */
export const UPLOAD_THRESHOLD_BYTES = 256 * 1024
