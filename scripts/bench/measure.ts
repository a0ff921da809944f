import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { autocannon, CACHE, lighthouseCli } from './tools'

export type Figures = { html: number; htmlGzip: number; js: number; rps: number; p50: number; p99: number; errors: number; lighthouse?: Record<string, number> }

// A browser of the page's language (one whose language matches the page needs no language cookie).
const browser = (language: string) => ({ 'accept-language': language, 'accept-encoding': 'gzip, br', 'user-agent': 'Mozilla/5.0 (bench)' })

/** The page's HTML as sent (uncompressed) and the gzip size of the JS a modern browser loads. */
export const weigh = async (url: string, language = 'en') => {
  const html = await (await fetch(url, { headers: { 'accept-language': language } })).text()
  // Modern browsers skip `nomodule` scripts (Next's polyfills).
  const scripts = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!)).map((m) => m[2]!)
  let js = 0
  for (const src of new Set(scripts)) {
    const res = await fetch(new URL(src, url))
    // The bare server answers every path with the page: it has no scripts of its own.
    if (res.headers.get('content-type')?.includes('javascript')) js += gzipSync(Buffer.from(await res.arrayBuffer())).length
  }
  return { html: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, js, body: html }
}

export const load = async (url: string, seconds: number, language = 'en') => {
  const result = await autocannon()({ url, connections: 50, duration: seconds, headers: browser(language) })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** Lighthouse 12, mobile (its default), in Debian's Chromium. */
export const lighthouse = (url: string): Record<string, number> | undefined => {
  const out = path.join(CACHE, 'lighthouse.json')
  rmSync(out, { force: true })
  const { status, stderr } = spawnSync(
    process.execPath,
    [lighthouseCli(), url, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }, encoding: 'utf8', timeout: 180_000 },
  )
  if (status !== 0) {
    console.log(`[bench] lighthouse failed on ${url}: ${stderr.split('\n').slice(-3).join(' ')}`)
    return undefined
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> }
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])),
    lcp: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbt: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
  }
}
