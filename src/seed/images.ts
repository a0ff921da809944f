import sharp from 'sharp'

import type { SeedImage } from '@/seed/types'

const W = 1600
const H = 900

// Simple shapes per motif: enough to tell a hospital from a therapy at a glance, never a face.
const motifs: Record<SeedImage['motif'], string> = {
  building: [
    '<rect x="520" y="300" width="560" height="460" rx="12" fill="#fff" fill-opacity="0.22"/>',
    '<rect x="740" y="190" width="120" height="120" rx="10" fill="#fff" fill-opacity="0.3"/>',
    '<rect x="785" y="210" width="30" height="80" fill="#fff" fill-opacity="0.7"/><rect x="760" y="235" width="80" height="30" fill="#fff" fill-opacity="0.7"/>',
    ...Array.from({ length: 12 }, (_, i) => `<rect x="${580 + (i % 4) * 120}" y="${360 + Math.floor(i / 4) * 120}" width="70" height="70" rx="6" fill="#fff" fill-opacity="0.35"/>`),
  ].join(''),
  cells: Array.from({ length: 14 }, (_, i) => {
    const x = 200 + ((i * 331) % 1200)
    const y = 150 + ((i * 197) % 600)
    const r = 40 + ((i * 37) % 70)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" fill-opacity="0.18"/><circle cx="${x}" cy="${y}" r="${r / 3}" fill="#fff" fill-opacity="0.35"/>`
  }).join(''),
  lab: [
    '<path d="M700 200 h200 v40 h-30 v180 l150 260 a40 40 0 0 1 -35 60 h-370 a40 40 0 0 1 -35 -60 l150 -260 v-180 h-30z" fill="#fff" fill-opacity="0.25"/>',
    '<path d="M640 600 h320 l60 100 a20 20 0 0 1 -18 30 h-404 a20 20 0 0 1 -18 -30z" fill="#fff" fill-opacity="0.35"/>',
  ].join(''),
  journey: [
    '<path d="M150 700 C 450 450, 650 800, 900 500 S 1350 250, 1450 200" stroke="#fff" stroke-opacity="0.5" stroke-width="14" fill="none" stroke-dasharray="30 24"/>',
    ...[150, 520, 900, 1450].map((x, i) => `<circle cx="${x}" cy="${[700, 610, 500, 200][i]}" r="34" fill="#fff" fill-opacity="0.6"/>`),
  ].join(''),
  portrait: [
    '<circle cx="800" cy="360" r="150" fill="#fff" fill-opacity="0.25"/>',
    '<path d="M520 820 a280 240 0 0 1 560 0z" fill="#fff" fill-opacity="0.25"/>',
    '<circle cx="1250" cy="220" r="80" fill="#fff" fill-opacity="0.15"/>',
  ].join(''),
}

/** A 1600×900 JPEG drawn from the image's colours and motif. Deterministic: same input, same bytes. */
export const drawSeedImage = async ({ colors: [from, to], motif }: SeedImage): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${motifs[motif]}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
