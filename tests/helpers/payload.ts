import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

/** Boots Payload on this test file's own database (see setupEnv.ts). */
export const bootPayload = async (): Promise<{ payload: Payload; config: SanitizedConfig }> => {
  const config = await (await import('@payload-config')).default
  const payload = await getPayload({ config })
  return { payload, config }
}
