import { startTransition, useEffect, useState } from 'react'
import type { PlayerState } from '@/engine/player'

const idleState: PlayerState = {
  status: 'idle',
  cueIndex: -1,
  chapterIndex: -1,
  waitIndex: -1,
}

/** Anything with a player: a narrated run, or a silent one. */
interface HasPlayer {
  readonly player: {
    readonly store: { subscribe: (l: () => void) => () => void; getState: () => PlayerState }
  }
}

/**
 * The run's discrete state (status, cue, chapter); re-renders once per change, never per frame.
 * Changes render as a transition: the frame that reads the clock only paints the caption and the
 * time (through refs), and the rest of the page follows in the next moments, so a page with a
 * lot on it can never hold back the words from the voice.
 */
export function useRunState(run: HasPlayer | null): PlayerState {
  const [state, setState] = useState<PlayerState>(() => run?.player.store.getState() ?? idleState)
  useEffect(() => {
    if (!run) {
      setState(idleState)
      return
    }
    const { store } = run.player
    setState(store.getState())
    return store.subscribe(() => startTransition(() => setState(store.getState())))
  }, [run])
  return state
}
