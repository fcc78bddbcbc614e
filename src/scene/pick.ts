import type { RegionId } from '@/content/regions'

/** What a ray hit, reduced to what picking needs. */
export interface Hit {
  readonly part: 'skin' | 'skull' | 'vertebrae' | 'sacrum' | 'coccyx' | 'other'
  /** Skull: the region of the face hit. Skin: whether the shoulder glow covers the point. */
  readonly region?: RegionId
}

/**
 * The region a tap means. Bones under the translucent skin win over the skin in front of them;
 * a tap on bare skin means the shoulders where they are, and the fascia elsewhere.
 */
export function pickRegion(hits: readonly Hit[]): RegionId | null {
  const bone = hits.find((h) => h.part !== 'skin' && h.part !== 'other' && h.region)
  if (bone?.region) return bone.region
  const skin = hits.find((h) => h.part === 'skin')
  if (skin) return skin.region ?? 'fascia'
  return null
}
