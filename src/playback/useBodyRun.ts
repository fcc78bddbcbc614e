import { useMemo } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import type { RegionId } from '@/content/regions'
import type { HandPlacement } from '@/content/routine'
import type { ShotId } from '@/content/shots'
import type { BodyRun, RunTiming } from '@/scene/BodyView'
import type { PlayerFrame, PlayerState } from '@/session/player'
import type { TimedCue } from '@/session/timeline'

/** What a run shows on the body at each of its cues. */
interface BodyCue extends TimedCue {
  readonly shot: ShotId
  readonly focus: readonly RegionId[]
  readonly hands?: readonly RegionId[]
  /** Where the person's own hands rest (a home routine's step). */
  readonly placement?: HandPlacement
}

/** Anything with a player: a narrated run, or a silent one. */
interface HasPlayer {
  readonly player: {
    readonly frame: PlayerFrame<TimedCue>
    readonly store: StoreApi<PlayerState>
  }
}

/**
 * The run's time as the body reads it: the player's position, advancing only while it plays.
 * The store changes on every start, hold, seek (`seeks`) and cue, which is when the body needs
 * to hear about it.
 */
export function playerTiming({ player }: HasPlayer): RunTiming {
  const { frame, store } = player
  return {
    read: () => ({ t: frame.t, playing: store.getState().status === 'playing' }),
    subscribe: (onChange) => store.subscribe(onChange),
  }
}

/**
 * The run for the 3D body to follow (`BodyView`'s `run`): each cue's shot, highlight, the
 * therapist's hands and the person's own hands (`placement`) on the run's own time. Stable until the run or its cues change.
 */
export function useBodyRun(run: HasPlayer | null, cues: readonly BodyCue[]): BodyRun | undefined {
  const plan = useMemo(
    () =>
      cues.map(({ at, shot, focus, hands = [], placement }) => ({
        at,
        shot,
        focus,
        hands,
        placement,
      })),
    [cues],
  )
  return useMemo(() => (run ? { plan, timing: playerTiming(run) } : undefined), [run, plan])
}
