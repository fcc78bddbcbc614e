import { findRegion, type RegionId } from '@/content/regions'

const names = (ids: readonly RegionId[]) =>
  ids
    .map((id) => findRegion(id)?.name.toLowerCase())
    .filter(Boolean)
    .join(' and ')

/** What the body shows during the preview, in words, for screen readers. */
export function describeBody({
  focus,
  therapistHands: hands,
}: {
  readonly focus: readonly RegionId[]
  readonly therapistHands: readonly RegionId[]
}): string {
  const lit = focus.length
    ? ` The ${names(focus)} ${focus.length > 1 ? 'are' : 'is'} highlighted.`
    : ''
  const held = hands.length
    ? ` Hand markers show where the therapist’s hands rest: the ${names(hands)}.`
    : ''
  return `A calm figure of a person lying face-up on a treatment table, with the skull and spine showing through.${lit}${held}`
}
