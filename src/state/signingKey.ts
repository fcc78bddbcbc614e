import { type KeyPair, makeKeyPair } from '@/lib/signing'

/**
 * This device's key for signing routine links, kept in IndexedDB (a CryptoKey is stored as the
 * browser's own object: its private half was made non-extractable and never exists as bytes this
 * page could read, copy or send). One key per device; only the clinicians' page uses it.
 */
export interface DeviceKey extends KeyPair {
  /** What the clinic calls this device, e.g. "Front desk laptop". */
  readonly label: string
  /** When it was made, milliseconds since the epoch. */
  readonly created: number
}

const DATABASE = 'stillpoint-signing'
const STORE = 'keys'
const ID = 'device'

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('no IndexedDB'))
  const open = indexedDB.open(DATABASE, 1)
  open.onupgradeneeded = () => {
    open.result.createObjectStore(STORE)
  }
  return request(open)
}

async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase()
  try {
    const tx = db.transaction(STORE, mode)
    const result = await request(work(tx.objectStore(STORE)))
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
    return result
  } finally {
    db.close()
  }
}

const isDeviceKey = (x: unknown): x is DeviceKey => {
  const k = x as Partial<DeviceKey> | null
  return (
    !!k &&
    typeof k.label === 'string' &&
    typeof k.publicKey === 'string' &&
    typeof k.created === 'number' &&
    typeof CryptoKey !== 'undefined' &&
    k.privateKey instanceof CryptoKey
  )
}

/**
 * This device's key, or null when it has none. Rejects when the browser keeps nothing in
 * IndexedDB (some private windows), so the page can say links made here are not signed.
 */
export async function loadDeviceKey(): Promise<DeviceKey | null> {
  const found = await withStore('readonly', (store) => store.get(ID))
  return isDeviceKey(found) ? found : null
}

/** Makes this device's key (replacing any it had) and keeps it. */
export async function makeDeviceKey(label: string, now = Date.now()): Promise<DeviceKey> {
  const pair = await makeKeyPair()
  const key: DeviceKey = { ...pair, label: label.trim(), created: now }
  await withStore('readwrite', (store) => store.put(key, ID))
  return key
}

/** Forgets this device's key. */
export async function removeDeviceKey(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(ID))
}
