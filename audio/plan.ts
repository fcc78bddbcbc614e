/**
 * What `npm run audio` makes, worked out without touching a file or a tool: the options, the
 * lines to say, which steps share a clip, where each line falls on the narration track, and the
 * routines' timing. `generate.ts` runs the tools over this plan.
 */
import { firstSessionScript, type ScriptCue } from '../src/content/firstSession'
import type { RoutineStepScript } from '../src/content/routine'
import { routineScripts } from '../src/content/routines'
import { narrationHash } from './narrationHash'

export interface Options {
  readonly out: string
  readonly manifest: string
  /** Rendered clips, by hash. In the checkout, not in node_modules, which worktrees may share. */
  readonly cache: string
  readonly recordings: string | undefined
  readonly only: ReadonlySet<string> | undefined
  readonly script: boolean
}

/** Reads the command line; throws with a message a person can act on. */
export function parseOptions(argv: readonly string[]): Options {
  const o = {
    out: 'public/audio',
    manifest: 'src/content/narration.manifest.json',
    cache: '.cache/stillpoint-audio',
    recordings: undefined as string | undefined,
    only: undefined as Set<string> | undefined,
    script: false,
  }
  let manifestGiven = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const v = argv[++i]
      if (!v) throw new Error(`${arg} needs a value`)
      return v
    }
    if (arg === '--script') o.script = true
    else if (arg === '--recordings') o.recordings = value()
    else if (arg === '--out') o.out = value()
    else if (arg === '--manifest') {
      o.manifest = value()
      manifestGiven = true
    } else if (arg === '--cache') o.cache = value()
    else if (arg === '--only') o.only = new Set(value().split(','))
    else
      throw new Error(
        `Unknown option ${arg}. Options: --script, --recordings DIR, --out DIR, --manifest FILE, --only ID,ID, --cache DIR`,
      )
  }
  if (o.only && !manifestGiven) {
    throw new Error('--only renders part of the narration: give --manifest (and --out) elsewhere')
  }
  return o
}

/** A routine step's line: named `<routine-id>-<step-id>` (its recording's name). */
export interface StepLine {
  readonly routine: string
  readonly step: RoutineStepScript
  readonly name: string
}

/** The lines to say: the walkthrough's cues and the routines' steps (all, or those `only` names). */
export interface Lines {
  readonly script: {
    readonly id: string
    readonly title: string
    readonly cues: readonly ScriptCue[]
  }
  readonly cues: readonly ScriptCue[]
  readonly steps: readonly StepLine[]
  /** Every step, whatever `only` says (recordings are checked against all of them). */
  readonly allSteps: readonly StepLine[]
}

/** Chooses the lines; throws when `only` names a line that does not exist. */
export function chooseLines(
  only: ReadonlySet<string> | undefined,
  script: Lines['script'] = firstSessionScript,
  routines: typeof routineScripts = routineScripts,
): Lines {
  const allSteps = routines.flatMap((r) =>
    r.steps.map((step) => ({ routine: r.id, step, name: `${r.id}-${step.id}` })),
  )
  for (const id of only ?? []) {
    if (!script.cues.some((c) => c.id === id) && !allSteps.some((s) => s.name === id)) {
      throw new Error(`--only: no cue or routine step "${id}" in the script or the routines`)
    }
  }
  return {
    script,
    cues: script.cues.filter((c) => !only || only.has(c.id)),
    steps: allSteps.filter((s) => !only || only.has(s.name)),
    allSteps,
  }
}

/** Whether a recording's name (without `.wav`) is a line of the script or a routine. */
export const isLineName = (lines: Lines, name: string) =>
  lines.script.cues.some((c) => c.id === name) || lines.allSteps.some((s) => s.name === name)

/** The lines to record (`--script`): a heading, then `<name>\t<words>`, each distinct step once. */
export function recordingScript({ script, cues, steps }: Lines): string[] {
  const out = [
    `# ${script.title}: record each line as <cue-id>.wav, then npm run audio -- --recordings DIR`,
    ...cues.map((cue) => `${cue.id}\t${cue.spoken}`),
    '# Home routines: record each step as <routine-id>-<step-id>.wav (steps with the same words share the first one)',
  ]
  const said = new Set<string>()
  for (const s of steps) {
    if (said.has(s.step.spoken)) continue
    said.add(s.step.spoken)
    out.push(`${s.name}\t${s.step.spoken}`)
  }
  return out
}

/**
 * The routines' clips: steps with the same words share one, named by the first of them, in
 * routine order.
 */
export interface StepClip {
  readonly name: string
  readonly spoken: string
  readonly steps: readonly StepLine[]
}
export function groupStepClips(steps: readonly StepLine[]): StepClip[] {
  const clips: { name: string; spoken: string; steps: StepLine[] }[] = []
  for (const s of steps) {
    const shared = clips.find((c) => c.spoken === s.step.spoken)
    if (shared) shared.steps.push(s)
    else clips.push({ name: s.name, spoken: s.step.spoken, steps: [s] })
  }
  return clips
}

/** One line placed on the narration track, as the manifest records it. */
export interface CueEntry {
  readonly id: string
  /** Seconds from the track's start. */
  readonly at: number
  readonly duration: number
  readonly hash: string
  readonly voice: string
}

/**
 * Lays the lines end to end after the lead-in, each followed by its pause, counting in whole
 * samples at `rate` (so the times are where the joined file really has them). Returns each
 * line's entry and the samples the pauses add after it.
 */
export function layTrack(
  lines: readonly {
    readonly cue: ScriptCue
    readonly samples: number
    readonly voice: string
    readonly pause: number
  }[],
  leadIn: number,
  rate: number,
): CueEntry[] {
  let at = Math.round(leadIn * rate)
  return lines.map(({ cue, samples, voice, pause }) => {
    const entry = {
      id: cue.id,
      at: at / rate,
      duration: samples / rate,
      hash: narrationHash(cue.spoken),
      voice,
    }
    at += samples + Math.round(pause * rate)
    return entry
  })
}

/** A step's timing in the manifest: how long its clip speaks, and which clip it is. */
export interface StepTiming {
  readonly duration: number
  readonly hash: string
  readonly voice: string
  readonly files: { readonly webm: string; readonly mp3: string }
}

/**
 * Each routine's steps with the clip that speaks each one, for the routines that have steps among
 * `steps`.
 */
export function routineTiming(
  steps: readonly StepLine[],
  clips: readonly (StepClip & {
    readonly samples: number
    readonly voice: string
    readonly files: StepTiming['files']
  })[],
  rate: number,
  routines: typeof routineScripts = routineScripts,
): Record<string, Record<string, StepTiming>> {
  const clipOf = new Map(clips.flatMap((c) => c.steps.map((s) => [s, c] as const)))
  return Object.fromEntries(
    routines
      .map((r) => [r.id, steps.filter((s) => s.routine === r.id)] as const)
      .filter(([, ss]) => ss.length > 0)
      .map(([id, ss]) => [
        id,
        Object.fromEntries(
          ss.map((s) => {
            const c = clipOf.get(s)
            if (!c) throw new Error(`no clip for ${s.name}`)
            return [
              s.step.id,
              {
                duration: c.samples / rate,
                hash: narrationHash(s.step.spoken),
                voice: c.voice,
                files: c.files,
              },
            ]
          }),
        ),
      ]),
  )
}

/** The files a routine clip is written as, from the site's root. */
export const clipFiles = (name: string) => ({
  webm: `audio/routine-${name}.webm`,
  mp3: `audio/routine-${name}.mp3`,
})
