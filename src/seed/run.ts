// `npm run seed`: Payload's CLI (`payload run`) loads the config and environment, then this file.
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '@/seed'

const payload = await getPayload({ config })
try {
  await seed(payload)
} finally {
  await payload.destroy()
}
