#!/usr/bin/env node
// Draws the portal's icons from src/app/icon.svg with sharp, so they ship with the repo and
// nothing is fetched at run time: favicon.ico (16, 32 and 48 px, for browsers and crawlers that
// ask for it by name), the Apple touch icon, and the web manifest's icons. Run after changing the
// SVG: `node scripts/make-icons.mjs`.
import { readFileSync, writeFileSync } from 'node:fs'

import sharp from 'sharp'

const svg = readFileSync('src/app/icon.svg')
const png = (size, source = svg) => sharp(source, { density: 72 * Math.ceil(size / 64) * 2 }).resize(size, size).png().toBuffer()

// A maskable icon is cropped to a circle or squircle by the launcher: full-bleed colour, with the
// cross inside the central 80% "safe zone".
const maskable = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0b5c6e"/><path d="M28.4 19.2h7.2v9.2h9.2v7.2h-9.2v9.2h-7.2v-9.2h-9.2v-7.2h9.2z" fill="#fff"/></svg>',
)

// ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG inside ICO is valid
// since Windows Vista and read by every current browser).
const ico = (images) => {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size % 256, 0)
    entry.writeUInt8(size % 256, 1)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map(({ data }) => data)])
}

const sizes = [16, 32, 48]
writeFileSync('src/app/favicon.ico', ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))))
writeFileSync('src/app/apple-icon.png', await png(180))
writeFileSync('public/icons/icon-192.png', await png(192))
writeFileSync('public/icons/icon-512.png', await png(512))
writeFileSync('public/icons/icon-maskable-512.png', await png(512, maskable))
console.log('icons written')
