import { firstSessionTitle } from './firstSessionTitle'
import type { RegionId } from './regions'
import type { ShotId } from './shots'

/**
 * One line of the walkthrough script, before it is timed. The narration generator renders
 * `spoken` to audio; the cue's start and length then come from the rendered clip, never by hand.
 */
export interface ScriptCue {
  /** Stable kebab-case id; the clip and the manifest entry are keyed by it. */
  readonly id: string
  readonly chapter: string
  /** Exactly what the narrator says, in plain ASCII so the speech engine reads it cleanly. */
  readonly spoken: string
  /** What the captions show, when kinder on screen than the spoken words themselves. */
  readonly caption?: string
  readonly focus: readonly RegionId[]
  readonly shot: ShotId
  /** Where the therapist's hands rest. */
  readonly therapistHands?: readonly RegionId[]
  /** Silence after the line, seconds (default {@link DEFAULT_PAUSE}, or {@link NOTICE_PAUSE}). */
  readonly pause?: number
  /**
   * The line asks the listener to notice or feel something (a touch, the breath, the body's
   * weight): the silence after it is at least {@link NOTICE_PAUSE}, time to do it.
   */
  readonly notice?: true
}

export const DEFAULT_PAUSE = 1.5
/** The least silence after a line that asks the listener to notice or feel something, seconds. */
export const NOTICE_PAUSE = 2.5

/** The silence after a line, seconds: its own pause, never shorter than a noticing line needs. */
export function pauseAfter(cue: ScriptCue): number {
  const pause = cue.pause ?? (cue.notice ? NOTICE_PAUSE : DEFAULT_PAUSE)
  return cue.notice ? Math.max(pause, NOTICE_PAUSE) : pause
}
/** The silence before the first word, seconds, while the ambient bed fades in. */
export const LEAD_IN = 3

/**
 * "Your first session": what a craniosacral therapy visit is like, in the order of CONTENT.md
 * section 4, told in the second person. Every fact rests on that brief.
 */
export const firstSessionScript = {
  id: 'first-session',
  title: firstSessionTitle,
  cues: [
    // 1. The room
    {
      id: 'welcome',
      chapter: 'A calm room',
      spoken:
        'Welcome. In the next few minutes, we will walk through a first craniosacral session.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'get-comfortable',
      chapter: 'A calm room',
      spoken: 'You can simply listen, and watch the body on the screen.',
      focus: [],
      shot: 'whole-body',
      pause: 2,
    },
    {
      id: 'what-it-is',
      chapter: 'A calm room',
      spoken:
        'Craniosacral therapy is gentle and hands-on. It is non-invasive: nothing goes into your body.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'room',
      chapter: 'A calm room',
      spoken: 'The room is often quiet, with low light and soft music.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'like-massage',
      chapter: 'A calm room',
      spoken: 'It is a bit like a massage, with one big difference.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'clothed',
      chapter: 'A calm room',
      spoken: 'You keep all of your clothes on, the whole time.',
      focus: [],
      shot: 'whole-body',
      pause: 2.4,
    },
    // 2. The conversation
    {
      id: 'talk-first',
      chapter: 'Talking first',
      spoken: 'Your visit starts with a talk, not with touch.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'history',
      chapter: 'Talking first',
      spoken: 'Your therapist asks about your health, and about any past illness or injury.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'worries',
      chapter: 'Talking first',
      spoken: 'They will ask what is bothering you, and what you hope to get from the session.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'tell-health',
      chapter: 'Talking first',
      spoken: 'It helps to tell them about your health, any injuries, and the medicines you take.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'your-choice',
      chapter: 'Talking first',
      spoken: 'What else you share is up to you. There are no wrong answers.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'reasons',
      chapter: 'Talking first',
      spoken: 'People come for many reasons, such as headaches, neck pain, or stress.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'may-help',
      chapter: 'Talking first',
      spoken:
        'This therapy may help. Results differ from person to person, and research on it is ongoing.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'alongside',
      chapter: 'Talking first',
      spoken: 'It is used alongside the care your healthcare provider suggests, not instead of it.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'wait',
      chapter: 'Talking first',
      spoken:
        'If you recently had a concussion or a blood clot, your provider may ask you to wait until you recover.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'wait-brain',
      chapter: 'Talking first',
      spoken:
        'The same goes for brain swelling or an aneurysm. With a Chiari malformation, they may ask you to wait too.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'wait-fluid',
      chapter: 'Talking first',
      spoken:
        'And for any problem with the pressure, flow or build-up of the fluid around your brain and spinal cord.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'who',
      chapter: 'Talking first',
      spoken: 'Your therapist is trained in this method. They may be a licensed massage therapist.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'who-more',
      chapter: 'Talking first',
      spoken:
        'Or a physical therapist, an occupational therapist, a chiropractor, or an osteopathic doctor.',
      focus: [],
      shot: 'whole-body',
      pause: 2.4,
    },
    // 3. On the table
    {
      id: 'table',
      chapter: 'On the table',
      spoken: 'Next, you usually lie on your back on a padded table, like the one you see here.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'chair',
      chapter: 'On the table',
      spoken: 'If lying down is hard for you, you can sit in a chair instead. Just say so.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'settle',
      chapter: 'On the table',
      spoken: 'Let the table hold your weight. Your arms rest by your sides.',
      focus: ['fascia'],
      shot: 'whole-body',
      pause: 3,
      notice: true,
    },
    // 4. Before any touch
    {
      id: 'check-comfort',
      chapter: 'Before any touch',
      spoken: 'Before anything else, your therapist checks that you are comfortable.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'explain',
      chapter: 'Before any touch',
      spoken: 'They tell you what they are about to do, before they touch you.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'light-touch',
      chapter: 'Before any touch',
      spoken: 'The touch is very light and gentle.',
      focus: ['fascia'],
      shot: 'whole-body',
    },
    {
      id: 'speak-up',
      chapter: 'Before any touch',
      spoken: 'You are in charge. If something does not feel right, you can say so at any moment.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'pause-ok',
      chapter: 'Before any touch',
      spoken: 'It is always fine to speak up, and to ask questions.',
      focus: [],
      shot: 'whole-body',
      pause: 2.4,
    },
    // 5. The hands: head, neck, spine
    {
      id: 'head-hands',
      chapter: 'Hands on the head',
      spoken: 'To begin, the hands may rest on your head.',
      focus: ['cranium'],
      shot: 'head',
      therapistHands: ['cranium'],
      notice: true,
    },
    {
      id: 'head-cradle',
      chapter: 'Hands on the head',
      spoken: 'Your therapist may hold the back of your head, near the base of the skull.',
      focus: ['occiput'],
      shot: 'head',
      therapistHands: ['occiput'],
      notice: true,
    },
    {
      id: 'head-still',
      chapter: 'Hands on the head',
      spoken: 'The hands rest there for a while, with gentle pressure.',
      focus: ['cranium', 'occiput'],
      shot: 'head',
      therapistHands: ['occiput'],
      pause: 3.5,
      notice: true,
    },
    {
      id: 'fascia-idea',
      chapter: 'Hands on the head',
      spoken: 'The aim is to ease tension in the fascia.',
      focus: ['fascia'],
      shot: 'head',
      therapistHands: ['occiput'],
    },
    {
      id: 'fascia-web',
      chapter: 'Hands on the head',
      spoken:
        'Fascia is a thin web of tissue that wraps your muscles, nerves and organs, all through the body.',
      focus: ['fascia'],
      shot: 'head',
      therapistHands: ['occiput'],
    },
    {
      id: 'fascia-word',
      chapter: 'Hands on the head',
      spoken: 'The word fascia comes from the Latin word for a band.',
      focus: ['fascia'],
      shot: 'head',
      therapistHands: ['occiput'],
    },
    {
      id: 'connected',
      chapter: 'Hands on the head',
      spoken:
        'The idea is that the body is connected, so easing one area may help other areas too.',
      focus: ['fascia'],
      shot: 'head',
      therapistHands: ['occiput'],
    },
    {
      id: 'self-healing',
      chapter: 'Hands on the head',
      spoken:
        "Practitioners hope this supports your body's own ability to balance and heal itself.",
      focus: ['fascia'],
      shot: 'head',
      therapistHands: ['occiput'],
      pause: 3.5,
    },
    {
      id: 'neck-hands',
      chapter: 'The neck',
      spoken: 'Then, the hands may move to your neck.',
      focus: ['cervical'],
      shot: 'neck',
      therapistHands: ['cervical'],
      notice: true,
    },
    {
      id: 'neck-bones',
      chapter: 'The neck',
      spoken: 'Here, seven small bones hold up your head and let it turn.',
      focus: ['cervical'],
      shot: 'neck',
      therapistHands: ['cervical'],
    },
    {
      id: 'neck-breathe',
      chapter: 'The neck',
      spoken: 'Let your jaw soften, and breathe the way you normally do.',
      focus: ['cervical', 'jaw'],
      shot: 'neck',
      therapistHands: ['cervical'],
      pause: 4.5,
      notice: true,
    },
    {
      id: 'spine-hands',
      chapter: 'Along the spine',
      spoken: 'Your therapist may also place gentle pressure along your back, following the spine.',
      focus: ['thoracic'],
      shot: 'upper-back',
      therapistHands: ['thoracic'],
      notice: true,
    },
    {
      id: 'spine-upper',
      chapter: 'Along the spine',
      spoken: 'First, between your shoulder blades.',
      focus: ['thoracic'],
      shot: 'upper-back',
      therapistHands: ['thoracic'],
      notice: true,
    },
    {
      id: 'spine-lower',
      chapter: 'Along the spine',
      spoken: 'Then lower down, at the small of your back.',
      focus: ['lumbar'],
      shot: 'lower-back',
      therapistHands: ['lumbar'],
      pause: 2.5,
      notice: true,
    },
    {
      id: 'spine-sacrum',
      chapter: 'Along the spine',
      spoken: 'And at the base of your spine, near the sacrum, a flat bone shaped like a triangle.',
      focus: ['sacrum'],
      shot: 'sacrum',
      therapistHands: ['sacrum'],
      pause: 3,
      notice: true,
    },
    {
      id: 'symptom-areas',
      chapter: 'Along the spine',
      spoken: 'They may also spend time on the places where you feel symptoms.',
      focus: ['cervical', 'thoracic', 'lumbar', 'sacrum'],
      shot: 'whole-body',
      pause: 2.6,
    },
    // 6. Deep rest
    {
      id: 'rest',
      chapter: 'Deep rest',
      spoken: 'Many people feel deeply relaxed during a session.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'rest-normal',
      chapter: 'Deep rest',
      spoken: 'That is normal, and it is fine. There is nothing you need to do.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'rest-breathe',
      chapter: 'Deep rest',
      spoken: 'For a few moments now, just listen, and let your breath slow down.',
      focus: [],
      shot: 'whole-body',
      pause: 14,
      notice: true,
    },
    {
      id: 'length',
      chapter: 'Deep rest',
      spoken: 'A session usually lasts from 30 to 60 minutes.',
      caption: 'A session usually lasts from 30 to 60 minutes.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'several',
      chapter: 'Deep rest',
      spoken: 'You may need several sessions to reach your goals, over weeks or months.',
      focus: [],
      shot: 'whole-body',
      pause: 2.6,
    },
    // 7. Getting up
    {
      id: 'getting-up',
      chapter: 'Getting up slowly',
      spoken: 'When the session ends, take your time.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'dizzy',
      chapter: 'Getting up slowly',
      spoken: 'Some people feel dizzy or light-headed for a little while afterwards.',
      focus: ['cranium'],
      shot: 'whole-body',
    },
    {
      id: 'sit-first',
      chapter: 'Getting up slowly',
      spoken: 'So sit up slowly first. Rest there for a moment.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'stand',
      chapter: 'Getting up slowly',
      spoken: 'Then stand up when you feel steady. This helps you avoid a fall.',
      focus: [],
      shot: 'whole-body',
      pause: 2.6,
    },
    // 8. Afterwards
    {
      id: 'after-tired',
      chapter: 'Afterwards',
      spoken:
        'Afterwards, you may feel a little tired, or have some mild discomfort. Risks are small.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'after-feel',
      chapter: 'Afterwards',
      spoken: 'Some people feel better right away. For others, it takes a couple of days.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'after-differs',
      chapter: 'Afterwards',
      spoken: 'Everyone is different, and research on this therapy is still going on.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'benefits',
      chapter: 'Afterwards',
      spoken:
        'Possible benefits include pain relief, relaxation, better emotional well-being, and less stress.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'call',
      chapter: 'Afterwards',
      spoken:
        'Call your healthcare provider if you have severe pain, discomfort, or symptoms that are new or getting worse.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'call-anything',
      chapter: 'Afterwards',
      spoken: 'Call them too if anything does not feel right in your body.',
      focus: [],
      shot: 'whole-body',
      pause: 2,
    },
    {
      id: 'questions',
      chapter: 'Afterwards',
      spoken: 'Bring any questions you have to your first visit. Asking is always welcome.',
      focus: [],
      shot: 'whole-body',
    },
    {
      id: 'goodbye',
      chapter: 'Afterwards',
      spoken: 'That is the whole visit. Thank you for taking this time for yourself.',
      focus: [],
      shot: 'whole-body',
      pause: 3,
    },
  ],
} as const satisfies {
  readonly id: string
  readonly title: string
  readonly cues: readonly ScriptCue[]
}
