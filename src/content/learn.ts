/** Learn copy: CONTENT.md sections 1 to 8 in plain words (US grade 8 or lower). */
import { readingMinutes } from '@/lib/readingTime'
import { emergencySigns, practiceRules } from './safety'

export type LearnBlock =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly intro: string; readonly items: readonly string[] }
  | {
      readonly kind: 'steps'
      readonly items: readonly { readonly title: string; readonly text: string }[]
    }
  | { readonly kind: 'note'; readonly text: string }
  /** Where the clinic's phone number goes, when a clinic has configured one. */
  | { readonly kind: 'contact' }
  /** When to call emergency services at once (`emergencySigns`), set apart. */
  | { readonly kind: 'emergency' }

export interface LearnSection {
  /** Kebab-case id, used in deep links (#/learn/<id>). */
  readonly id: string
  /** The question a reader has in mind, used as the heading. */
  readonly question: string
  /** The answer in one sentence, shown first. */
  readonly answer: string
  readonly blocks: readonly LearnBlock[]
}

export const learnIntro =
  'Plain answers to the questions people ask before their first craniosacral therapy visit.'

export const healthDisclaimer =
  'Stillpoint gives general information. It is not medical advice and does not replace your healthcare provider.'

export const learnSections: readonly LearnSection[] = [
  {
    id: 'what-it-is',
    question: 'What is craniosacral therapy?',
    answer: 'A gentle, hands-on treatment that uses a very light touch.',
    blocks: [
      {
        kind: 'text',
        text: 'Craniosacral therapy, or CST, is done by hand. It is gentle and non-invasive: nothing goes into your body, and the touch is very light.',
      },
      {
        kind: 'text',
        text: 'It aims to ease tension in your fascia. Fascia is a thin web of tissue that runs through your whole body. It wraps and holds your muscles, organs, glands, nerves and blood vessels. It also wraps your brain and spinal cord. The word comes from the Latin word for a band.',
      },
      {
        kind: 'text',
        text: 'The idea is that all parts of your body are linked. So easing tension in one place may help other places work better. Therapists call this goal “fascial clearance.” They see it as a way to support your body’s own power to balance, correct and heal itself.',
      },
      {
        kind: 'note',
        text: 'CST is meant to go along with the care your healthcare provider suggests. It does not take its place.',
      },
    ],
  },
  {
    id: 'what-it-may-help',
    question: 'What might it help with?',
    answer: 'It may ease some kinds of pain and help people live with long-term symptoms.',
    blocks: [
      {
        kind: 'text',
        text: 'CST may help relieve pain, such as headaches and neck pain. It may also ease some side effects of cancer treatment.',
      },
      {
        kind: 'list',
        intro: 'It may help people manage symptoms of:',
        items: [
          'Long-lasting (chronic) pain',
          'Complex regional pain syndrome',
          'Fibromyalgia',
          'Headaches, including migraine',
          'Nerve pain (neuralgia)',
          'Post-concussion syndrome',
          'Scoliosis',
          'Stroke',
          'Jaw joint problems (TMJ syndrome)',
        ],
      },
      {
        kind: 'note',
        text: 'Research on CST is still going on, and results differ from person to person. It may help you, but no one can promise that it will.',
      },
    ],
  },
  {
    id: 'who-it-is-for',
    question: 'Who is it for, and when should you wait?',
    answer: 'Adults and children may benefit. Sometimes it is better to wait.',
    blocks: [
      {
        kind: 'text',
        text: 'Adults and children with many kinds of health problems may benefit. Your healthcare provider can tell you if it is a good choice for you.',
      },
      {
        kind: 'list',
        intro: 'Your provider may ask you to wait until you have recovered if you recently had:',
        items: ['A blood clot', 'A concussion', 'Swelling of the brain', 'A brain aneurysm'],
      },
      {
        kind: 'list',
        intro: 'They may also ask you to wait if you have:',
        items: [
          'A Chiari malformation, a problem where the brain meets the spine',
          'A problem with the fluid around your brain and spinal cord: how much there is, how it flows, or its pressure',
        ],
      },
    ],
  },
  {
    id: 'what-happens',
    question: 'What happens in a session?',
    answer:
      'You stay dressed, lie down on a padded table, and rest while the therapist uses a light touch.',
    blocks: [
      {
        kind: 'steps',
        items: [
          {
            title: 'A calm room',
            text: 'The room is often quiet, with soft music and low light. It is a bit like a massage, but you keep all your clothes on.',
          },
          {
            title: 'A talk first',
            text: 'Your therapist asks about your health history, what worries you, and what you hope to get from the session.',
          },
          {
            title: 'Lying down',
            text: 'You lie on your back on a padded massage table. If that is hard for you, you can sit in a chair.',
          },
          {
            title: 'Before any touch',
            text: 'The therapist checks that you are comfortable. They tell you what they will do before they touch you. You can speak up at any time if something does not feel right.',
          },
          {
            title: 'Gentle hands',
            text: 'They use gentle pressure with their hands on your head, your neck, and your back along the spine. They may also work where you have symptoms.',
          },
          {
            title: 'Letting go',
            text: 'Many people feel deeply relaxed. That is normal.',
          },
          {
            title: 'How long it takes',
            text: 'A session lasts about 30 to 60 minutes. You may need several sessions to reach your goals.',
          },
          {
            title: 'Getting up',
            text: 'You may feel dizzy or light-headed afterward. Take your time sitting up and standing, so you do not fall.',
          },
        ],
      },
    ],
  },
  {
    id: 'who-does-it',
    question: 'Who performs it?',
    answer: 'Health professionals who have trained in the method.',
    blocks: [
      {
        kind: 'list',
        intro: 'Many kinds of professionals train in CST. For example:',
        items: [
          'Chiropractors',
          'Doctors of osteopathic medicine (DOs)',
          'Physical therapists',
          'Occupational therapists',
          'Licensed massage therapists',
        ],
      },
    ],
  },
  {
    id: 'benefits-and-risks',
    question: 'What are the benefits and risks?',
    answer: 'It may help you relax and ease pain. The risks are small.',
    blocks: [
      {
        kind: 'list',
        intro: 'Possible benefits:',
        items: ['Pain relief', 'Relaxation', 'Better emotional well-being', 'Less stress'],
      },
      {
        kind: 'text',
        text: 'Many people say they feel relief. But each person is different, and research is still going on.',
      },
      {
        kind: 'list',
        intro: 'The risks are minimal. Side effects can include:',
        items: ['Feeling dizzy or light-headed', 'Feeling tired', 'Mild discomfort'],
      },
      {
        kind: 'text',
        text: 'Some people feel better right after a session. For others it takes a couple of days. Reaching a goal can take several sessions, over weeks or months.',
      },
    ],
  },
  {
    id: 'when-to-call',
    question: 'When should you contact your provider?',
    answer: 'Right away, if something feels wrong after a session.',
    blocks: [
      {
        kind: 'list',
        intro: 'Contact your healthcare provider after a session if you have:',
        items: [
          'Severe pain',
          'Discomfort',
          'Symptoms that are new or getting worse',
          'Anything else that does not feel right in your body',
        ],
      },
      { kind: 'contact' },
    ],
  },
  {
    id: 'at-home',
    question: 'What can you do at home between visits?',
    answer: 'A gentle head and neck self-massage may help you relax. It is not CST.',
    blocks: [
      {
        kind: 'text',
        text: 'Only trained professionals give craniosacral therapy. What you can learn is a gentle self-massage for your head and neck. It may help you relax between visits. It is not craniosacral therapy.',
      },
      {
        kind: 'list',
        intro: 'To stay safe each time you practice:',
        items: [
          ...practiceRules,
          'Before your first practice, Stillpoint asks a few safety questions. If one is a yes or a not sure, ask your provider before you practice.',
        ],
      },
      { kind: 'emergency' },
      { kind: 'contact' },
      {
        kind: 'list',
        intro: 'A gentle routine might include, for 30 to 90 seconds each:',
        items: [
          'Settling in and slowing your breath',
          'Small fingertip circles over your scalp',
          'Slow circles at your temples',
          'Letting your jaw go loose, with fingertips on your cheeks in front of your ears, above the jawline',
          'Fingertips resting at the base of your skull',
          'Light strokes down the back of your neck, beside the spine, to your shoulders',
          'Squeezing and letting go of your shoulders',
          'Resting',
        ],
      },
    ],
  },
]

/** Three things first-time visitors most want to know, for the home screen. */
export const firstVisitFacts: readonly {
  readonly title: string
  readonly text: string
  readonly section: string
}[] = [
  {
    title: 'You stay fully dressed',
    text: 'It is a bit like a massage, with a very light touch.',
    section: 'what-happens',
  },
  {
    title: 'About 30 to 60 minutes',
    text: 'You may need several sessions to reach your goals.',
    section: 'what-happens',
  },
  {
    title: 'You can speak up at any time',
    text: 'Your therapist explains what they will do before they touch you.',
    section: 'what-happens',
  },
]

/** Every word a reader meets on the Learn page. */
function learnWords(): string {
  return learnSections
    .flatMap((s) => [
      s.question,
      s.answer,
      ...s.blocks.flatMap((b): string[] => {
        if (b.kind === 'text' || b.kind === 'note') return [b.text]
        if (b.kind === 'list') return [b.intro, ...b.items]
        if (b.kind === 'steps') return b.items.flatMap((i) => [i.title, i.text])
        if (b.kind === 'emergency') return [emergencySigns.lead, ...emergencySigns.signs]
        return []
      }),
    ])
    .join(' ')
}

/** Whole minutes the Learn page takes to read at an unhurried pace. */
export const learnReadingMinutes = readingMinutes(learnWords())
