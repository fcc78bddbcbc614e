/**
 * Signatures for routine links, with the browser's own cryptography (WebCrypto): ECDSA on the
 * P-256 curve with SHA-256. A clinic's device signs; a patient's browser checks the signature
 * against the public keys the clinic lists in its `clinic.json`.
 *
 * A public key travels as text: its point on the curve in compressed form (33 bytes), in
 * base64url, 44 characters. WebCrypto imports uncompressed points everywhere, so the point is
 * decompressed here first (y from x, with the curve's equation).
 */

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const

// The curve P-256 (FIPS 186-4, D.1.2.3): y² = x³ − 3x + b over the prime field p.
const P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n
  let b = base % mod
  let e = exp
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod
    b = (b * b) % mod
    e >>= 1n
  }
  return result
}

const toBigInt = (bytes: Uint8Array) => bytes.reduce((n, byte) => (n << 8n) | BigInt(byte), 0n)

function fromBigInt(n: bigint, length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length)
  let rest = n
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(rest & 0xffn)
    rest >>= 8n
  }
  return out
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  // Only the one spelling of these bytes: stray bits in the last character are a changed link.
  return toBase64Url(bytes) === text ? bytes : null
}

/** A point's 65-byte uncompressed form (0x04 ‖ x ‖ y) as its 33-byte compressed form. */
export function compressPoint(raw: Uint8Array): Uint8Array {
  if (raw.length !== 65 || raw[0] !== 4) throw new Error('not an uncompressed P-256 point')
  const out = new Uint8Array(33)
  out[0] = 2 + ((raw[64] ?? 0) & 1)
  out.set(raw.subarray(1, 33), 1)
  return out
}

/** A compressed point back to its uncompressed form, or null when it is not on the curve. */
export function decompressPoint(compressed: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const prefix = compressed[0]
  if (compressed.length !== 33 || (prefix !== 2 && prefix !== 3)) return null
  const x = toBigInt(compressed.subarray(1))
  if (x >= P) return null
  const rhs = (((x * x * x - 3n * x + B) % P) + P) % P
  // p ≡ 3 (mod 4), so a square root, when there is one, is rhs^((p+1)/4).
  let y = modPow(rhs, (P + 1n) / 4n, P)
  if ((y * y) % P !== rhs) return null
  if (Number(y & 1n) !== (prefix & 1)) y = P - y
  const out = new Uint8Array(65)
  out[0] = 4
  out.set(fromBigInt(x, 32), 1)
  out.set(fromBigInt(y, 32), 33)
  return out
}

/** Whether a text is a public key as Stillpoint writes them (a point on P-256). */
export function isPublicKey(text: string): boolean {
  const bytes = text.length === 44 ? fromBase64Url(text) : null
  return !!bytes && decompressPoint(bytes) !== null
}

/**
 * The short id a link names its key by: eight characters of the key itself (48 bits of its x
 * coordinate), so staff can match a link's key to a line of clinic.json by eye.
 */
export const keyIdOf = (publicKey: string) => publicKey.slice(1, 9)

export interface KeyPair {
  /** Never leaves the device: made non-extractable, so not even this page can read it out. */
  readonly privateKey: CryptoKey
  /** The public key as text (see above). */
  readonly publicKey: string
}

/** Makes a new signing key on this device. */
export async function makeKeyPair(): Promise<KeyPair> {
  const pair = await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify'])
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))
  return { privateKey: pair.privateKey, publicKey: toBase64Url(compressPoint(raw)) }
}

const utf8 = (text: string) => new TextEncoder().encode(text)

/** The signature of a text, base64url (64 bytes: r ‖ s). */
export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  const signature = await crypto.subtle.sign(SIGN, privateKey, utf8(text))
  return toBase64Url(new Uint8Array(signature))
}

/** Whether `signature` is `publicKey`'s signature of `text`. Never throws. */
export async function verifyText(
  publicKey: string,
  text: string,
  signature: string,
): Promise<boolean> {
  const point = fromBase64Url(publicKey)
  const raw = point && decompressPoint(point)
  const sig = fromBase64Url(signature)
  if (!raw || !sig || sig.length !== 64) return false
  try {
    const key = await crypto.subtle.importKey('raw', raw, ECDSA, false, ['verify'])
    return await crypto.subtle.verify(SIGN, key, sig, utf8(text))
  } catch {
    return false
  }
}
