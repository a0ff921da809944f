// A form posted without JavaScript gets the page Next renders for the action's result, always
// with status 200: Next gives a server action no way to set it. The action says which status its
// answer deserves (src/lib/http/answerStatus.ts, e.g. 503 when the database is down) through this
// request's async context, and the status line follows. Posts made by our script (Next-Action
// header) keep 200: Next's client would treat any other status as a broken response.
import { AsyncLocalStorage } from 'node:async_hooks'

const storage = new AsyncLocalStorage()
// Next's bundle has its own copy of every module; globalThis is what the two share.
globalThis[Symbol.for('portal.answerStatus')] = storage

/** Runs `handle` so that an action inside it can choose the status of a no-JS form post's answer. */
export const withAnswerStatus = (req, res, handle) => {
  if (req.headers['next-action']) return handle()
  const scope = { status: undefined }
  const writeHead = res.writeHead
  res.writeHead = function (status, ...rest) {
    return writeHead.call(this, scope.status !== undefined && status === 200 ? scope.status : status, ...rest)
  }
  return storage.run(scope, handle)
}
