import { describe, expect, it } from 'vitest'
import { fleschKincaidGrade } from '@/lib/readability'
import { reminderCopy } from './historyCopy'
import { attractInvite, attractLines } from './kiosk'
import { firstVisitFacts, healthDisclaimer, learnIntro, learnSections } from './learn'
import {
  clinicianCopy,
  damagedAnswersNote,
  endCopy,
  poseNote,
  practiceSoundNotes,
  routineNotFound,
  stopAnswers,
  stopCopy,
  tension,
  unsavedNote,
} from './practiceCopy'
import { practiceHome } from './practiceHome'
import { firstSessionSummary, soundNoteText } from './previewCopy'
import { regions } from './regions'
import { routineScripts } from './routines'
import {
  askFirstRule,
  checkFirst,
  emergencySigns,
  practiceIntro,
  practiceReminder,
  practiceRules,
  practiceWait,
  safetyQuestions,
} from './safety'
import { contactCopy, practiceCredit, privacyLine, sourceCredit } from './trust'
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
  learn: asProse(
    strings([learnIntro, healthDisclaimer, learnSections, firstVisitFacts, emergencySigns]),
  ),
  'walkthrough: first session': asProse(firstSession.cues.map((c) => c.caption)),
  'walkthrough: first session (spoken)': asProse(firstSession.cues.map((c) => c.spoken)),
  regions: asProse(regions.flatMap((r) => [r.summary])),
  'preview summary and notes': asProse(strings([firstSessionSummary, soundNoteText])),
  contact: asProse(strings(contactCopy)),
  'practice safety': asProse(
    strings([
      practiceIntro,
      practiceRules,
      askFirstRule,
      emergencySigns,
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
  'printed handout rules': asProse(strings([practiceRules, checkFirst, emergencySigns])),
  'privacy and sharing': asProse(strings([privacyLine, clinicianCopy.lead, reminderCopy])),
  'are you OK?': asProse(strings([stopCopy, stopAnswers, emergencySigns])),
  ...Object.fromEntries(
    routineScripts.map((r) => [
      `routine: ${r.title}`,
      asProse([r.summary, ...r.steps.flatMap((s) => [s.spoken, ...s.cautions])]),
    ]),
  ),
}
/** Checked for claims and numbers, but not graded: a citation's title is not our prose. */
const citations: Record<string, string> = {
  'source credit': sourceCredit,
  'practice credit': practiceCredit,
}
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

/** Every routine step, with its routine. */
const allSteps = routineScripts.flatMap((r) => r.steps.map((step) => ({ routine: r, step })))
const stepWords = (st: (typeof allSteps)[number]['step']) =>
  [st.title, st.spoken, st.caption ?? '', ...st.cautions].join(' ')
/** Stop answers that can be a warning sign (CONTENT.md section 10). */
const warningSign = /numb|tingl|weak|sight|speech|sudden/i

describe('Stop: what to do when something feels wrong', () => {
  it('no answer naming numbness, weakness, sight, speech or a sudden headache offers to continue', () => {
    const named = stopAnswers.filter((a) => warningSign.test(a.label))
    expect(named.map((a) => a.id).sort()).toEqual(['numb', 'sight-speech', 'sudden-headache'])
    // A fall or lost balance is an emergency too: its own answer, with no way on.
    expect(stopAnswers.find((a) => a.id === 'balance')?.canContinue).toBe(false)
    for (const a of named) expect(a.canContinue, a.label).toBe(false)
  })

  it('emergency guidance comes first where it applies, and the calm guidance never buries it', () => {
    for (const id of [
      'dizzy',
      'balance',
      'numb',
      'pain',
      'sudden-headache',
      'sight-speech',
    ] as const) {
      const a = stopAnswers.find((x) => x.id === id)
      expect(a?.emergency, id).toMatch(/call emergency services now\.$/i)
      expect(a?.guidance, id).not.toMatch(/emergency/i)
    }
    const pain = stopAnswers.find((a) => a.id === 'pain')
    expect(pain?.emergency).toMatch(/suddenly and is very bad/)
    expect(stopAnswers.find((a) => a.id === 'dizzy')?.emergency).toMatch(/balance or fall/)
  })

  it('says "sick to my stomach", never a bare "I feel sick"', () => {
    const labels = stopAnswers.map((a) => a.label)
    expect(labels).toContain('I feel sick to my stomach')
    expect(labels.join('|')).not.toMatch(/I feel sick(?! to)/)
  })

  it('points to the front desk on a kiosk', () => {
    expect(stopCopy.kioskHelp).toMatch(/front desk now/)
    expect(stopCopy.kioskAsk).toMatch(/front desk/)
  })
})

describe('the routines keep their own rules', () => {
  it('every hold at home is 30 to 90 seconds', () => {
    for (const { routine, step } of allSteps) {
      expect(step.hold, `${routine.id}/${step.id}`).toBeGreaterThanOrEqual(30)
      expect(step.hold, `${routine.id}/${step.id}`).toBeLessThanOrEqual(90)
    }
  })

  it('no copy names the throat without the sides of the neck', () => {
    const everyLine = [
      ...strings([practiceRules, learnSections, checkFirst]),
      ...allSteps.map(({ step }) => stepWords(step)),
    ]
    for (const line of everyLine.filter((l) => /throat/i.test(l))) {
      expect(line).toMatch(/sides of your neck/)
    }
    expect(everyLine.join(' ')).not.toMatch(/sides of (?:your|the) throat/)
  })

  it('the jaw steps keep to the cheek above the jawline, and warn off the side of the neck', () => {
    const jaw = allSteps.filter(({ step }) => step.placement.left === 'jaw')
    expect(jaw.length).toBeGreaterThanOrEqual(2)
    for (const { step } of jaw) {
      expect(step.spoken, step.id).toMatch(/cheek/)
      expect(step.spoken, step.id).toMatch(/below your cheekbones/)
      expect(step.cautions.join(' '), step.id).toMatch(/above the jawline/)
      expect(step.cautions.join(' '), step.id).toMatch(/Never press the side of your neck/)
    }
  })

  it('the temples keep away from the eyes, and the neck strokes stay at the back, head level', () => {
    for (const { step } of allSteps.filter(({ step }) => step.placement.left === 'temple')) {
      expect(step.spoken, step.id).toMatch(/away from your eyes/)
      expect(step.spoken, step.id).not.toMatch(/beside your eyes/)
    }
    const strokes = allSteps.filter(({ step }) => step.placement.left === 'neck-back')
    expect(strokes.length).toBeGreaterThan(0)
    for (const { step } of strokes) {
      expect(step.spoken).toMatch(/head level/)
      expect(step.spoken).toMatch(/down the back of your neck/)
      expect(step.spoken).not.toMatch(/toward your shoulders/)
    }
  })

  it('no step asks for the head’s weight to sink into the hands', () => {
    for (const { step } of allSteps) {
      expect(stepWords(step), step.id).not.toMatch(/sink|weight of your head/)
    }
  })

  it('no step speaks of the screen (the handout prints the same words)', () => {
    for (const { step } of allSteps) expect(stepWords(step), step.id).not.toMatch(/screen/i)
  })

  it('each routine is set up as it is shown: seated routines never say to lie down', () => {
    for (const { routine, step } of allSteps) {
      if (routine.pose === 'seated') expect(step.spoken, step.id).not.toMatch(/\blie\b/i)
      else expect(step.spoken, step.id).not.toMatch(/chair/i)
    }
    expect(JSON.stringify(poseNote)).not.toMatch(/whichever/)
  })

  it('no step is named for CST’s "still point"', () => {
    for (const { step } of allSteps) expect(step.title, step.id).not.toMatch(/still/i)
  })
})

describe('one way of saying each thing', () => {
  const all = strings([
    Object.values(bodies),
    clinicianCopy,
    reminderCopy,
    firstSessionSummary,
    privacyLine,
  ]).join(' ')

  it('uses US English: "practice" as a verb too', () => {
    expect(all).not.toMatch(/practis/i)
  })

  it('says "several sessions" and "a thin pillow" everywhere', () => {
    expect(all).not.toMatch(/a few sessions/)
    expect(all).not.toMatch(/small pillow/)
  })

  it('says whose hands rest on the head in a session', () => {
    expect(firstSessionSummary.points.join(' ')).not.toMatch(/Light hands/)
    expect(firstSessionSummary.points.join(' ')).toMatch(/Your therapist rests their hands/)
  })

  it('the safety lines are short: no sentence over 25 words in rules, signs or Stop answers', () => {
    const lines = strings([
      practiceRules,
      checkFirst,
      emergencySigns,
      askFirstRule,
      stopAnswers.map((a) => [a.emergency ?? '', a.guidance]),
    ])
    for (const sentence of lines.flatMap((l) => l.split(/(?<=[.?!])\s+/))) {
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25)
    }
  })

  it('the Learn list of when to wait does not say a Chiari malformation is "recently had"', () => {
    const wait = learnSections.find((s) => s.id === 'who-it-is-for')
    for (const b of wait?.blocks ?? []) {
      if (b.kind === 'list' && /recently/.test(b.intro)) {
        expect(b.items.join(' ')).not.toMatch(/Chiari|fluid/)
      }
    }
    expect(JSON.stringify(wait)).toMatch(/Chiari/)
  })

  it('Learn’s rules for home practice are the one list, with the emergency signs', () => {
    const home = learnSections.find((s) => s.id === 'at-home')
    const list = home?.blocks.find((b) => b.kind === 'list' && /stay safe/.test(b.intro))
    expect(list?.kind === 'list' && list.items.slice(0, practiceRules.length)).toEqual(
      practiceRules,
    )
    expect(home?.blocks.some((b) => b.kind === 'emergency')).toBe(true)
  })
})

describe('what a fresh read of the copy found', () => {
  it('the walkthrough never says a Chiari malformation is "recently had"', () => {
    const waits = firstSession.cues.filter((c) => /Chiari/.test(c.spoken))
    expect(waits.length).toBeGreaterThan(0)
    for (const c of waits) {
      expect(c.spoken).not.toMatch(/same goes for[^.]*Chiari/)
      expect(c.spoken).toMatch(/With a Chiari malformation/)
    }
  })

  it('says the body being connected is the idea behind CST, not a fact', () => {
    const said = firstSession.cues.map((c) => c.spoken).join(' ')
    expect(said).not.toMatch(/Because the body is connected/)
  })

  it('no region claims what CONTENT.md does not say', () => {
    const said = regions.map((r) => r.summary).join(' ')
    expect(said).not.toMatch(/often starts here|tension often gathers/)
  })

  it('the end of the preview says the therapist’s holds are not for home', () => {
    expect(firstSessionSummary.points.join(' ')).toMatch(/At home, use only the gentle steps/)
  })

  it('Learn’s home section shows how to reach the clinic', () => {
    const home = learnSections.find((s) => s.id === 'at-home')
    expect(home?.blocks.some((b) => b.kind === 'contact')).toBe(true)
  })

  it('names emergency services one way everywhere', () => {
    const all = strings([Object.values(bodies), contactCopy]).join(' ')
    expect(all).not.toMatch(/local emergency number/)
  })
})

describe('promises we keep', () => {
  it('the footer says Stillpoint sends nothing, and that what you share leaves when you do', () => {
    expect(privacyLine).toMatch(/sends nothing anywhere/)
    expect(privacyLine).toMatch(/only when you do/)
    expect(privacyLine).not.toMatch(/^Nothing you do/)
  })

  it('beside the share link: the link carries the note and the appointment date', () => {
    expect(clinicianCopy.lead).toMatch(/appointment date travel inside the link/)
    expect(clinicianCopy.lead).toMatch(/mail or chat app/)
    expect(clinicianCopy.lead).not.toMatch(/Nothing is sent to a server/)
  })

  it('the calendar’s default title names no therapy', () => {
    expect(reminderCopy.appointmentEvent).not.toMatch(/therapy|craniosacral|CST|massage/i)
  })

  it('Practice credits the article for when to wait and the self-care guidance for its steps', () => {
    expect(practiceCredit).toMatch(/When to wait: “Craniosacral Therapy”/)
    for (const source of ['Mayo Clinic', 'TMJ', 'NHS', 'hospice']) {
      expect(practiceCredit).toContain(source)
    }
  })
})
