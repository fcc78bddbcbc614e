import type React from 'react'
import { encode } from 'uqr'

/**
 * A QR code drawn here as SVG (no QR service): dark modules on white with the standard quiet
 * zone, whatever the theme, so any phone camera reads it on screen and on paper.
 */
export function QrCode({
  text,
  label,
  printModuleMm,
}: {
  readonly text: string
  readonly label: string
  /**
   * On paper: each module (square) this many millimetres wide, and the whole code at least 30 mm,
   * so a long link's denser code prints larger rather than finer (see `--qr-print-width`).
   */
  readonly printModuleMm?: number
}) {
  const qr = encode(text, { ecc: 'M', border: 4 })
  let d = ''
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`
    })
  })
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-version={qr.version}
      style={
        printModuleMm
          ? ({
              '--qr-print-width': `${Math.max(30, Math.ceil(qr.size * printModuleMm))}mm`,
            } as React.CSSProperties)
          : undefined
      }
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}
