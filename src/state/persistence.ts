/**
 * Asking the browser to keep what Stillpoint stores (the Storage API's persistent storage), so
 * it is not cleared when the device runs low on space. Browsers decide by their own rules (an
 * installed app, a bookmarked site, site engagement); some never ask the person.
 */
type StorageManagerLike = {
  persist?: () => Promise<boolean>
  persisted?: () => Promise<boolean>
}

const manager = (): StorageManagerLike | undefined =>
  typeof navigator === 'undefined'
    ? undefined
    : (navigator as Navigator & { storage?: StorageManagerLike }).storage

/** Asks once, where the browser allows it; never throws. */
export async function askToKeepStorage(): Promise<void> {
  const storage = manager()
  try {
    if (!storage?.persist || (await storage.persisted?.())) return
    await storage.persist()
  } catch {
    // Asking is a courtesy: the history says what the browser may do either way.
  }
}

/** Whether the browser has agreed to keep this site's storage: 'kept', or 'may-clear'. */
export async function storageKept(): Promise<'kept' | 'may-clear'> {
  try {
    return (await manager()?.persisted?.()) ? 'kept' : 'may-clear'
  } catch {
    return 'may-clear'
  }
}
