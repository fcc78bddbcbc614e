import { browserStorage } from './storage'

/** Every key Stillpoint writes starts with this. */
export const KEY_PREFIX = 'stillpoint:'

/**
 * Where the app keeps things: the browser's localStorage for a person at home, or memory only
 * for kiosk visitors, so nothing about a visitor outlives them. One backend for every store.
 */
export interface DeviceBackend extends globalThis.Storage {
  /** Keep what visitors do in memory only (kiosk mode), or on the device. */
  setVisitorMode(on: boolean): void
  visitorMode(): boolean
  /**
   * Wipes every trace of the visitor: the memory and the app's sessionStorage keys, and with
   * `persistent` its localStorage keys too (a clinic's kiosk, not a person trying kiosk mode in
   * their own browser), except those in `keep`.
   */
  wipe(options?: { readonly keep?: readonly string[]; readonly persistent?: boolean }): void
  /**
   * Called when a visitor's traces go (entering visitor mode, and every wipe): each store
   * registers here to forget what it holds in memory. Returns a function that unregisters.
   */
  onForget(forget: () => void): () => void
  /**
   * Called when visitor mode ends and the device's own storage is back: each store registers here
   * to read it again, so its next save adds to what the browser kept instead of replacing it.
   */
  onRestore(restore: () => void): () => void
}

/** Creates the backend over `persistent` (null where the browser refuses storage). */
export function createDeviceBackend(
  persistent: globalThis.Storage | null,
  session: globalThis.Storage | null = null,
): DeviceBackend {
  const memory = new Map<string, string>()
  const forgetters = new Set<() => void>()
  const restorers = new Set<() => void>()
  const forgetAll = () => {
    for (const f of forgetters) f()
  }
  let visitor = false
  const target = () => (visitor ? null : persistent)
  const ours = (store: globalThis.Storage | null) => {
    try {
      if (!store) return []
      return Array.from({ length: store.length }, (_, i) => store.key(i) ?? '').filter((k) =>
        k.startsWith(KEY_PREFIX),
      )
    } catch {
      return []
    }
  }
  return {
    get length() {
      return visitor ? memory.size : (persistent?.length ?? 0)
    },
    key: (i) => (visitor ? ([...memory.keys()][i] ?? null) : (persistent?.key(i) ?? null)),
    getItem(k) {
      if (visitor) return memory.get(k) ?? null
      // A browser that refuses storage refuses reads too: the stores then say so.
      if (!persistent) throw new DOMException('Storage is not available', 'SecurityError')
      return persistent.getItem(k)
    },
    setItem(k, value) {
      if (visitor) memory.set(k, String(value))
      else if (persistent) persistent.setItem(k, value)
      else throw new DOMException('Storage is not available', 'SecurityError')
    },
    removeItem(k) {
      memory.delete(k)
      target()?.removeItem(k)
    },
    clear() {
      memory.clear()
    },
    setVisitorMode(on) {
      if (on === visitor) return
      visitor = on
      if (on) forgetAll()
      else for (const r of restorers) r()
    },
    onRestore(restore) {
      restorers.add(restore)
      return () => restorers.delete(restore)
    },
    onForget(forget) {
      forgetters.add(forget)
      return () => forgetters.delete(forget)
    },
    visitorMode: () => visitor,
    wipe({ keep = [], persistent: all = false } = {}) {
      memory.clear()
      for (const store of all ? [persistent, session] : [session]) {
        for (const k of ours(store)) {
          if (keep.includes(k)) continue
          try {
            store?.removeItem(k)
          } catch {
            // Storage that cannot be written holds nothing new of ours.
          }
        }
      }
      forgetAll()
    },
  }
}

function sessionStore(): globalThis.Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    return null
  }
}

/** The app's one device backend. */
export const device: DeviceBackend = createDeviceBackend(browserStorage(), sessionStore())
