/**
 * The two FNV-1a hashes a routine link uses (see sharedRoutine.ts): a short checksum that seals a
 * link no key signed, and a longer one for the id a saved routine goes by. Neither is a security
 * measure: anyone can compute them. They only notice a link cut short or mistyped, and keep two
 * different links from sharing an id.
 */

/** FNV-1a over the text's UTF-16 units, as 7 base-36 digits at most. */
export function checksum(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}

/** FNV-1a, 64 bits, over the text's UTF-16 units, base 36. */
export function hash64(text: string): string {
  let h = 0xcbf29ce484222325n
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i))
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return h.toString(36)
}
