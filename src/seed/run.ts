// `npm run seed` (scripts/seed.mjs bundles and runs this file).
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '@/seed'

// This script seeds explicitly; the first-start seed in onInit would only do the same work twice.
process.env.SEED_ON_START = 'false'
const payload = await getPayload({ config })
try {
  await seed(payload)
} finally {
  await payload.destroy()
}
