// `npm run seed` (scripts/seed.mjs bundles and runs this file).
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '@/seed'

// This script seeds explicitly; the first-start seed in onInit would only do the same work twice.
process.env.SEED_ON_START = 'false'
// In development getPayload opens a WebSocket to Next's hot-reload endpoint on localhost:$PORT (3000)
// and keeps it open. With any server listening there (another checkout's `npm run dev`, say) the
// socket connects and the seed never exits.
process.env.DISABLE_PAYLOAD_HMR = 'true'

let status = 0
try {
  const payload = await getPayload({ config })
  try {
    await seed(payload)
  } finally {
    await payload.destroy()
  }
} catch (error) {
  status = 1
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`)
}
// Whatever a library left open (a timer, a socket), the seed is done: finish with its status.
process.exit(status)
