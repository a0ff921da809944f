import type { Figures } from './measure'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length))

/** One table: every page and the two floors, then the ratios against hello-world, then publish-to-live. */
export const printTable = (rows: { label: string; figures: Figures }[], publish: Record<string, number | undefined>, { seconds }: { seconds: number }) => {
  const header = ['page', 'HTML KB', 'HTML gz KB', 'JS gz KB', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'LH perf/a11y/bp/seo', 'LCP ms', 'TBT ms']
  const lines = rows.map(({ label, figures: f }) => {
    const lh = f.lighthouse
    return [
      label,
      kb(f.html),
      kb(f.htmlGzip),
      kb(f.js),
      f.rps.toFixed(0),
      String(f.p50),
      String(f.p99),
      String(f.errors),
      lh ? `${lh.performance}/${lh.accessibility}/${lh['best-practices']}/${lh.seo}` : '-',
      lh ? String(lh.lcp) : '-',
      lh ? String(lh.tbt) : '-',
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)))
  const print = (cells: string[]) => console.log(`| ${cells.map((cell, i) => pad(cell, widths[i]!)).join(' | ')} |`)
  console.log(`\nBenchmark (${seconds} s per load run, 50 connections; one machine, one run)\n`)
  print(header)
  print(widths.map((w) => '-'.repeat(w)))
  lines.forEach(print)

  const hello = rows.find((r) => r.label.startsWith('hello-world'))?.figures
  const bare = rows.find((r) => r.label.startsWith('static Node'))?.figures
  if (hello) {
    console.log('\nAgainst the hello-world Next page of the same run (req/s ratio; p99 ratio; JS gzip over it):')
    for (const { label, figures: f } of rows.filter((r) => r.figures !== hello)) {
      console.log(`  ${pad(label, 34)} ${(f.rps / hello.rps).toFixed(2)}×   p99 ${(f.p99 / Math.max(1, hello.p99)).toFixed(1)}×   JS +${kb(f.js - hello.js)} KB`)
    }
    if (bare) console.log(`  hello-world against the bare Node server: ${(hello.rps / bare.rps).toFixed(2)}×`)
  }
  console.log(`\nPublish-to-live (REST publish until the page shows it): ${Object.entries(publish).map(([l, ms]) => `${l} ${ms} ms`).join(', ')}\n`)
}
