import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'

export type RawResponse = { status: number; headers: Record<string, string>; body: string; closedAfterMs: number }

/**
 * Sends bytes exactly as given (fetch and Playwright refuse to send malformed URLs, lying lengths
 * or broken headers) and reads until the server closes the connection or `timeoutMs` passes.
 * `status` is 0 when the server closed without answering. `endHeaders: false` leaves the headers
 * unfinished, as a client that stalls would.
 */
export const rawRequest = (url: string, head: string, body: Buffer | string = '', timeoutMs = 30_000, { endHeaders = true } = {}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url)
    const started = Date.now()
    const socket = connect(Number(port), hostname)
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`the server kept the connection open for ${timeoutMs} ms`))
    }, timeoutMs)
    socket.on('connect', () => socket.write(Buffer.concat([Buffer.from(head.replace(/\n/g, '\r\n') + (endHeaders ? '\r\n\r\n' : '\r\n'), 'latin1'), Buffer.from(body)])))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('utf8')
      const [headText = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...headerLines] = headText.split('\r\n')
      const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
      resolve({ status: Number(statusLine.split(' ')[1]) || 0, headers, body: rest.join('\r\n\r\n'), closedAfterMs: Date.now() - started })
    })
  })

/**
 * Posts `totalBytes` of filler as fast as the server takes it (with a Content-Length, or chunked),
 * stopping as soon as an answer comes back, as an attacker's script would.
 */
export const floodPost = (url: string, { totalBytes, chunked = false, headers = {} }: { totalBytes: number; chunked?: boolean; headers?: Record<string, string> }) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const boundary = 'flood'
    const req = httpRequest(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(totalBytes) }),
        ...headers,
      },
      agent: false,
    })
    const piece = Buffer.alloc(1024 * 1024, 'x')
    // A well-formed start (the server checks the framing), then a "record" that never ends.
    const start = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="records"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`)
    req.write(start)
    let sent = start.length
    let answered = false
    const pump = () => {
      while (!answered && sent < totalBytes) {
        const part = piece.subarray(0, Math.min(piece.length, totalBytes - sent))
        sent += part.length
        if (!req.write(part)) return void req.once('drain', pump)
      }
      if (!answered) req.end()
    }
    req.on('response', (res) => {
      answered = true
      const body: Buffer[] = []
      res.on('data', (chunk: Buffer) => body.push(chunk))
      res.on('end', () => {
        req.destroy()
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(body).toString('utf8') })
      })
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(body).toString('utf8') }))
    })
    req.on('error', (error) => {
      if (!answered) reject(error)
    })
    req.flushHeaders()
    pump()
  })
