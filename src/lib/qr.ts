import QRCode from 'qrcode'

/**
 * A QR code as inline SVG, drawn on the server (no script, no image request). WeChat shows plain
 * links without a preview card, so patients there scan the code instead. Error correction M
 * survives a phone photo of a screen.
 */
export const qrSvg = (text: string, label: string): Promise<string> =>
  QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }).then((svg) =>
    svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&<>"]/g, '')}" `),
  )
