import type { Access } from 'payload'

/** Written and read only by Payload itself or our server code (Local API with overrideAccess). */
export const nobody: Access = () => false
