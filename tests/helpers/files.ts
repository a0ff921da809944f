import sharp from 'sharp'

/** A small but well-formed one-page PDF (header, objects, xref table, trailer). */
export const makePdf = (text = 'Discharge summary'): Buffer => {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A real PNG, drawn by sharp. */
export const makePng = (width = 1600, height = 900): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 140 } } }).png().toBuffer()

/** The first bytes of a Linux executable (ELF) and of a Windows one (PE), padded out. */
export const makeElf = (): Buffer =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)])
export const makeWindowsExe = (): Buffer => {
  const buf = Buffer.alloc(4096)
  buf.write('MZ', 0, 'latin1')
  buf.writeUInt32LE(0x80, 0x3c)
  buf.write('PE\0\0', 0x80, 'latin1')
  return buf
}

/** An SVG that would run script if served inline. */
export const makeSvg = (): Buffer =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>')

/** A syntactically valid PDF padded to `megabytes` MB (the padding sits inside a comment-free stream). */
export const makeLargePdf = (megabytes: number): Buffer => {
  const small = makePdf()
  const head = small.subarray(0, small.indexOf('xref'))
  const filler = Buffer.alloc(Math.ceil(megabytes * 1024 * 1024) - small.length, 0x20)
  return Buffer.concat([head, filler, small.subarray(small.indexOf('xref'))])
}

/** multipart/form-data for Payload's REST upload: the file plus the document fields as `_payload`. */
export const uploadForm = (file: Buffer, filename: string, type: string, data: Record<string, unknown> = {}): FormData => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}

/** A PDF whose xref table and trailer are missing (a download cut off, or a broken export). */
export const makePdfWithoutXref = (): Buffer => {
  const small = makePdf()
  return Buffer.concat([small.subarray(0, small.indexOf('xref')), Buffer.from('%%EOF\n', 'latin1')])
}

/** A well-formed PDF followed by `bytes` bytes of padding after its end (some scanners append junk). */
export const makePdfWithTail = (bytes: number): Buffer => Buffer.concat([makePdf(), Buffer.alloc(bytes, 0x20)])

/** A real JPEG cut off before its frame header (SOF0): an interrupted download, no size to read. */
export const makeTruncatedJpeg = async (): Promise<Buffer> => {
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 40, b: 40 } } }).jpeg().toBuffer()
  return jpeg.subarray(0, jpeg.indexOf(Buffer.from([0xff, 0xc0])))
}
