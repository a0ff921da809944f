import QRCode from 'qrcode'

/**
 * A QR code as inline SVG, drawn on the server (no script, no image request). WeChat shows plain
 * links without a preview card, so patients there scan the code instead. Error correction M
 * survives a phone photo of a screen.
 */
export const qrSvg = (text: string, label: string, size = 200): Promise<string> =>
  // The standard quiet zone (4 modules) and a fixed size: scanners need the white border.
  QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, width: size, color: { dark: '#000000', light: '#ffffff' } }).then((svg) =>
    svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&<>"]/g, '')}" `),
  )
