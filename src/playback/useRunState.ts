import { useSyncExternalStore } from 'react'
import type { PlayerState } from '@/session/player'

const idleState: PlayerState = {
  status: 'idle',
  cueIndex: -1,
  chapterIndex: -1,
  seeks: 0,
  waitIndex: -1,
}
const noop = () => () => undefined

/** Anything with a player: a narrated run, or a silent one. */
interface HasPlayer {
  readonly player: {
    readonly store: { subscribe: (l: () => void) => () => void; getState: () => PlayerState }
  }
}

/** The run's discrete state (status, cue, chapter); re-renders once per change, never per frame. */
export function useRunState(run: HasPlayer | null): PlayerState {
  return useSyncExternalStore(
    run ? run.player.store.subscribe : noop,
    run ? run.player.store.getState : () => idleState,
  )
}
