// The production server (`npm start`, the Docker image, the browser tests): Next's request
// handler behind our own HTTP server, which `next start` does not let us reach. Only here is the
// socket known, so only here can the client address be decided; and only here can a body be
// refused, paced or timed out before Next reads it. https://nextjs.org/docs/app/guides/custom-server
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { parseTrustedProxies } from './clientAddress.mjs'
import { createCompressedCopies } from './compressedCopies.mjs'
import { createEdge } from './edge.mjs'
import { loadRefusalTexts } from './refusals.mjs'
import { createUploadGate } from './uploadGate.mjs'

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const port = Number(process.env.PORT) || 3000
// Not HOSTNAME: shells and containers set that to the machine's name. Empty: every interface.
const listenAddress = process.env.LISTEN_ADDRESS || undefined
process.env.NODE_ENV = 'production'

// Next's standalone output (the Docker image) has no next.config.ts; the build wrote the resolved
// config beside it, as Next's own standalone server.js reads it.
const serverFiles = path.join(dir, '.next', 'required-server-files.json')
const hasConfigFile = ['ts', 'mjs', 'js'].some((ext) => existsSync(path.join(dir, `next.config.${ext}`)))
if (!hasConfigFile && existsSync(serverFiles) && !process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(serverFiles, 'utf8')).config)
}

const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)
const gate = createUploadGate({
  concurrency: Math.max(1, Number(process.env.UPLOAD_CONCURRENCY) || 2),
  queueLength: 32,
  waitMs: 60_000,
})

const app = next({ dev: false, dir, hostname: listenAddress ?? 'localhost', port })
await app.prepare()
// Compressed copies of shared pages and scripts kept in memory (COMPRESSION_CACHE_MB, 32 by default).
const copies = createCompressedCopies({ maxBytes: (Number(process.env.COMPRESSION_CACHE_MB) || 32) * 1024 * 1024 })
const edge = createEdge({ handle: app.getRequestHandler(), texts: loadRefusalTexts(path.join(dir, 'messages')), trusted, gate, copies })

const server = createServer({
  // Headers must arrive within seconds (a connection opened and fed a byte at a time is not a
  // visitor); the body has BODY_IDLE_MS between bytes (edge.mjs), and the whole request, a 50 MB
  // form on a slow mobile link included, a quarter of an hour.
  headersTimeout: 15_000,
  requestTimeout: 15 * 60_000,
  // Longer than a load balancer's or nginx's idle timeout, so the proxy closes first, never us
  // just as it reuses the connection.
  keepAliveTimeout: 65_000,
  // How often those two timeouts are checked (Node's default, 30 s, would let a stalled request
  // linger up to three times longer than its limit).
  connectionsCheckingInterval: 2_000,
})
const serve = (req, res, options) =>
  edge(req, res, options).catch((error) => {
    console.error('[server] request failed', error)
    if (!res.headersSent) res.writeHead(500).end()
  })
server.on('request', (req, res) => serve(req, res))
// `Expect: 100-continue`: the client waits for our go before sending the body, so a body we refuse
// is never sent at all.
server.on('checkContinue', (req, res) => serve(req, res, { expectsContinue: true }))
server.listen(port, listenAddress, () => {
  const proxies = trusted.rules.length ? `forwarding headers from ${trusted.rules.length} trusted prox${trusted.rules.length === 1 ? 'y range' : 'y ranges'}` : 'no forwarding headers (TRUSTED_PROXIES is empty)'
  console.log(`[server] ready on http://${listenAddress ?? 'localhost'}:${port}, trusting ${proxies}`)
})

const stop = () => {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 5_000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
