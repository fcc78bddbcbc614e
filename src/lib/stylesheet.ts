const sheets = new Map<string, Promise<void>>()

/**
 * Adds a same-origin stylesheet once and resolves when it has loaded (or failed: the screen still
 * shows, plainer). For screens few people open, so their styles stay out of the first download.
 */
export function loadStylesheet(href: string): Promise<void> {
  let ready = sheets.get(href)
  if (!ready) {
    ready = new Promise<void>((resolve) => {
      const link = document.createElement('link')
      link.rel = 'stylesheet'
      link.href = href
      link.onload = () => resolve()
      link.onerror = () => resolve()
      document.head.append(link)
    })
    sheets.set(href, ready)
  }
  return ready
}
