import { useEffect } from 'react'
import type { Routine, RoutineStep } from '@/content/practice'
import { inspecting } from '@/lib/inspect'
import type { NarratedRun } from '@/sound/narratedRun'

declare global {
  interface Window {
    __stillpointPractice?: {
      readonly routine: string
      /** The routine's step ids, in order. */
      readonly steps: readonly string[]
      /** Where the run is, seconds, on its clock (the step's clip, or the silent one). */
      time(): number
      voice(): 'audio' | 'silent'
      waiting(): boolean
      /** Moves the run to `t` seconds, as the scrubber of a walkthrough would (bench only). */
      seek(t: number): void
      /** When a step starts, its voice starts, and its hold starts and ends, in run seconds. */
      step(id: string): { at: number; voiceAt: number; holdStart: number; holdEnd: number } | null
    }
  }
}

/** Numbers for tests and the benchmark only, on `window.__stillpointPractice` with ?inspect. */
export function usePracticeInspector(
  guided: NarratedRun<RoutineStep> | null,
  routine: Routine,
): void {
  useEffect(() => {
    if (!guided || !inspecting()) return
    window.__stillpointPractice = {
      routine: routine.id,
      steps: routine.run.cues.map((c) => c.id),
      time: () => guided.player.frame.t,
      voice: () => guided.voice(),
      waiting: () => guided.waiting(),
      seek: (t) => guided.seek(t),
      step: (id) => {
        const s = routine.run.cues.find((c) => c.id === id)
        if (!s) return null
        const holdStart = s.voiceAt + s.spokenDuration
        return { at: s.at, voiceAt: s.voiceAt, holdStart, holdEnd: holdStart + s.hold }
      },
    }
    return () => {
      delete window.__stillpointPractice
    }
  }, [guided, routine])
}
