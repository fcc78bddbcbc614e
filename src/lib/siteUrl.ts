/** A path from the site's root (as the manifest gives it) as a URL the app can fetch. */
export const siteUrl = (path: string) => `${import.meta.env.BASE_URL}${path}`
