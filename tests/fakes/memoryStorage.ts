/** A Web Storage held in memory, for tests of what is kept on the device. */
export function memoryBackend(): globalThis.Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, val) => void map.set(k, String(val)),
  }
}
