import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { handleEndpoints, type SanitizedConfig } from 'payload'

const toRequest = (req: IncomingMessage, origin: string): Request => {
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
    else if (value != null) headers.set(key, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
}

/**
 * A real HTTP server on 127.0.0.1 in front of Payload's REST handler (the same `handleEndpoints`
 * that src/app/(payload)/api/[...slug]/route.ts mounts in Next), so access tests go through HTTP,
 * cookies and headers, multipart parsing and Payload's routing, without a Next build.
 */
export const startRestServer = async (config: SanitizedConfig): Promise<{ url: string; close: () => Promise<void> }> => {
  let origin = ''
  const server: Server = createServer(async (req, res) => {
    try {
      const response = await handleEndpoints({ config, request: toRequest(req, origin) })
      res.statusCode = response.status
      response.headers.forEach((value, key) => res.appendHeader(key, value))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.statusCode = 500
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url: origin, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
