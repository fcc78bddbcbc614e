import { describe, expect, it } from 'vitest'
import { fleschKincaidGrade } from '@/lib/readability'
import { attractInvite, attractLines } from './kiosk'
import { firstVisitFacts, healthDisclaimer, learnIntro, learnSections } from './learn'
import {
  damagedAnswersNote,
  endCopy,
  poseNote,
  practiceHome,
  practiceSoundNotes,
  routineNotFound,
  stopAnswers,
  stopCopy,
  tension,
  unsavedNote,
} from './practiceCopy'
import { firstSessionSummary, soundNoteText } from './previewCopy'
import { regions } from './regions'
import { routineScripts } from './routines'
import {
  emergencySigns,
  practiceIntro,
  practiceReminder,
  practiceRules,
  practiceWait,
  safetyQuestions,
} from './safety'
import { contactCopy, sourceCredit } from './trust'
import { firstSession } from './walkthroughs'

/** Every string inside a piece of content, each read as its own sentence. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') return strings((value as (s?: string) => unknown)('the clinic'))
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

/** Ids, file names and other machine words are not copy. */
const isProse = (s: string) => /\s/.test(s) && /[a-z]/.test(s)
const asProse = (parts: readonly string[]) =>
  parts
    .filter(isProse)
    .map((s) => (/[.!?:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`))
    .join(' ')

/** Each body of copy a person reads or hears, graded and checked as a whole. */
const bodies: Record<string, string> = {
  learn: asProse(strings([learnIntro, healthDisclaimer, learnSections, firstVisitFacts])),
  'walkthrough: first session': asProse(firstSession.cues.map((c) => c.caption)),
  'walkthrough: first session (spoken)': asProse(firstSession.cues.map((c) => c.spoken)),
  regions: asProse(regions.flatMap((r) => [r.summary])),
  'preview summary and notes': asProse(strings([firstSessionSummary, soundNoteText])),
  contact: asProse(strings(contactCopy)),
  'practice safety': asProse(
    strings([
      practiceIntro,
      practiceRules,
      practiceReminder,
      practiceWait,
      safetyQuestions.map((q) => q.text),
    ]),
  ),
  'practice screens': asProse(
    strings([
      practiceHome,
      poseNote,
      tension,
      endCopy,
      unsavedNote,
      damagedAnswersNote,
      routineNotFound,
      practiceSoundNotes,
    ]),
  ),
  'kiosk attract screen': asProse([...attractLines, attractInvite]),
  'are you OK?': asProse(strings([stopCopy, stopAnswers, emergencySigns])),
  ...Object.fromEntries(
    routineScripts.map((r) => [
      `routine: ${r.title}`,
      asProse([r.summary, ...r.steps.flatMap((s) => [s.spoken, ...s.cautions])]),
    ]),
  ),
}
/** Checked for claims and numbers, but not graded: a citation's title is not our prose. */
const citations: Record<string, string> = { 'source credit': sourceCredit }
const everything = Object.entries({ ...bodies, ...citations })

describe('every body of copy', () => {
  it.each(Object.entries(bodies))('%s reads at US grade 7 or lower', (_name, text) => {
    expect(text.length).toBeGreaterThan(40)
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(7)
  })

  it.each(everything)('%s never overclaims', (_name, text) => {
    // "Heal itself" stays allowed: CONTENT.md gives the practitioners' aim in those words.
    expect(text).not.toMatch(
      /\b(?:cures?|cured|treats|heals|proven|proves|guarantee[sd]?|miracle|always works)\b/i,
    )
  })

  it.each(everything)('%s holds no phone number of its own', (_name, text) => {
    // A number only ever comes from the clinic's configuration, never from copy.
    // "Heal itself" stays allowed: CONTENT.md gives the practitioners' aim in those words.
    expect(text).not.toMatch(/\+?\d[\d ().-]{5,}\d/)
  })
})

describe('benefits are hedged and safety is whole', () => {
  it('no copy says that something helps or can help, only that it may', () => {
    // ("It helps to tell them about your health" is advice, not a claimed benefit.)
    for (const [name, text] of everything) {
      expect(text, name).not.toMatch(
        /\b(?:it|massage|therapy|CST|session) (?:helps|can help|will help)\b(?! to\b)/i,
      )
    }
  })

  it('the at-home section says the self-massage may help, never that it does', () => {
    const home = JSON.stringify(learnSections.find((s) => s.id === 'at-home'))
    expect(home).toMatch(/may help you relax/)
    expect(home).not.toMatch(/\bIt helps you relax/)
  })

  it('after a session, discomfort is among the reasons to contact a provider', () => {
    expect(contactCopy.afterSession).toMatch(/discomfort/)
    expect(contactCopy.afterSession).toMatch(/new or getting worse/)
  })

  it('the credit names the source, the organisation and the review date', () => {
    expect(sourceCredit).toContain('“Craniosacral Therapy”')
    expect(sourceCredit).toContain('Cleveland Clinic Health Library')
    expect(sourceCredit).toContain('September 5, 2023')
  })

  it('the contact line names the clinic when it has a name, and stays calm when not', () => {
    expect(contactCopy.withClinic('Harbour Wellness')).toBe('Call Harbour Wellness')
    expect(contactCopy.withClinic(undefined)).toBe('Call your clinic')
    expect(contactCopy.withClinic('  ')).toBe('Call your clinic')
  })
})
