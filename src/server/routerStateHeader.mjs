// Next's client router sends its state in a header on every in-app navigation; Next answers a
// header that does not parse with a 500. It is checked here with Next's own validator (a rule
// that changes with Next's versions, so not restated), and a broken one is the client's 400.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

const nextsValidator = (() => {
  try {
    return require('next/dist/server/app-render/parse-and-validate-flight-router-state.js').parseAndValidateFlightRouterState
  } catch {
    // Not in every build output (Next's standalone trace may leave it out): fall back below.
    return null
  }
})()

/** Whether a `Next-Router-State-Tree` header (absent counts as fine) is one Next can read. */
export const isReadableRouterState = (header) => {
  if (header === undefined) return true
  try {
    if (nextsValidator) return Boolean(nextsValidator(header)) || true
    return Array.isArray(JSON.parse(decodeURIComponent(header)))
  } catch {
    return false
  }
}
