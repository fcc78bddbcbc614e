/**
 * Saves text as a file on this device (the browser's download), made here from a Blob: nothing
 * is uploaded or fetched.
 */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its copy once click() returns; the URL can go at the next turn.
  window.setTimeout(() => URL.revokeObjectURL(url), 0)
}
