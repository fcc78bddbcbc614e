import { typeset } from '@/lib/typeset'
import { firstSessionScript, type ScriptCue } from './firstSession'
// Named imports, so the bundle takes only these parts of the manifest (not its loudness and
// pronunciation records, which are for the tests).
import { beds, chime, walkthroughs } from './narration.manifest.json'
import type { Walkthrough, WalkthroughCue } from './walkthrough'

/** What the audio generator measured for one cue. */
export interface CueTiming {
  readonly id: string
  readonly at: number
  readonly duration: number
  readonly hash: string
}

export interface TrackTiming {
  readonly duration: number
  readonly cues: readonly CueTiming[]
}

/**
 * Puts the generator's measured times on a script. Throws when they do not belong together
 * (a cue without audio, or audio for a cue that is gone): the content test reports it first.
 */
export function timeScript(
  script: { readonly id: string; readonly title: string; readonly cues: readonly ScriptCue[] },
  timing: TrackTiming,
): Walkthrough {
  const byId = new Map(timing.cues.map((c) => [c.id, c]))
  const cues: WalkthroughCue[] = script.cues.map((cue) => {
    const t = byId.get(cue.id)
    if (!t) throw new Error(`No narration for cue "${cue.id}": run npm run audio`)
    return {
      kind: 'cue',
      id: cue.id,
      at: t.at,
      spokenDuration: t.duration,
      chapter: cue.chapter,
      spoken: cue.spoken,
      caption: typeset(cue.caption ?? cue.spoken),
      focus: cue.focus,
      shot: cue.shot,
      therapistHands: cue.therapistHands ?? [],
    }
  })
  if (timing.cues.length !== cues.length) {
    throw new Error(`The narration of "${script.id}" has cues the script no longer has`)
  }
  return { id: script.id, title: script.title, duration: timing.duration, cues }
}

const firstSessionTiming = walkthroughs['first-session']

/** The session preview: what a first craniosacral therapy visit is like. */
export const firstSession: Walkthrough = timeScript(firstSessionScript, firstSessionTiming)

/** The sound files, as paths from the site's root. */
export const audioFiles = {
  narration: firstSessionTiming.files,
  beds,
  chime,
} as const

export type BedId = keyof typeof beds
