import { findRegion } from './regions'
import { findShot } from './shots'
import { CAPTION_MAX_CHARS, type Walkthrough } from './walkthrough'

/** Lists every problem in a walkthrough; an empty list means it is fit to play. */
export function walkthroughProblems(w: Walkthrough): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  let previous = -1
  w.cues.forEach((cue, i) => {
    const where = `${w.id} cue ${i} (${cue.id})`
    if (ids.has(cue.id)) problems.push(`${where}: duplicate id`)
    ids.add(cue.id)
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(cue.id)) problems.push(`${where}: id is not kebab-case`)
    if (!(cue.at >= 0 && cue.at < w.duration)) problems.push(`${where}: starts outside the track`)
    if (cue.at < previous) problems.push(`${where}: starts before the cue ahead of it`)
    previous = cue.at
    if (cue.caption.length > CAPTION_MAX_CHARS) {
      problems.push(
        `${where}: caption is ${cue.caption.length} characters (max ${CAPTION_MAX_CHARS})`,
      )
    }
    const next = w.cues[i + 1]
    const voiceEnds = cue.at + cue.spokenDuration
    if (next && voiceEnds > next.at + 1e-6) problems.push(`${where}: voice runs into the next cue`)
    if (voiceEnds > w.duration + 1e-6) problems.push(`${where}: voice runs past the end`)
    if (cue.spoken.trim() === '') problems.push(`${where}: nothing is spoken`)
    if (cue.caption.trim() === '') problems.push(`${where}: no caption`)
    if (cue.chapter.trim() === '') problems.push(`${where}: no chapter`)
    for (const r of [...cue.focus, ...(cue.therapistHands ?? [])]) {
      if (!findRegion(r)) problems.push(`${where}: unknown region "${r}"`)
    }
    if (!findShot(cue.shot)) problems.push(`${where}: unknown shot "${cue.shot}"`)
  })
  return problems
}
