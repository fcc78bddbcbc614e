/**
 * `?inspect` in the page's address: the tests and the bench ask the app to expose what they
 * measure (`window.__stillpoint…`). The one place the flag is read; nothing a person does sets it.
 */
export const inspectQuery = (): URLSearchParams =>
  new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search)

/** Whether the page was opened with `?inspect`. */
export const inspecting = (): boolean => inspectQuery().has('inspect')
