import { type HandPlacement, handPointIds } from '@/content/routine'
import { findShot, type PoseId, type ShotId } from '@/content/shots'
import { inspecting, inspectQuery } from '@/lib/inspect'

const poseIds: readonly PoseId[] = ['lying', 'upright', 'seated']

/**
 * Tests only, like `?inspect` itself: with `inspect` in the URL, `pose`, `shot`, `left` and
 * `right` (hand spots, or `none`) override what the page asks, so a pose and hands can be checked
 * in the browser before a page shows them. Anything unknown is ignored.
 */
export function inspectOverrides(): { pose?: PoseId; shot?: ShotId; placement?: HandPlacement } {
  if (!inspecting()) return {}
  const q = inspectQuery()
  const pose = poseIds.find((p) => p === q.get('pose'))
  const shot = findShot(q.get('shot') ?? '')?.id
  const hand = (key: string) => handPointIds.find((h) => h === q.get(key)) ?? null
  const placement =
    q.has('left') || q.has('right') ? { left: hand('left'), right: hand('right') } : undefined
  return {
    ...(pose && { pose }),
    ...(shot && { shot }),
    ...(placement && { placement }),
  }
}
