import { learnReadingMinutes } from '@/content/learn'
import lengths from '@/content/narration.lengths.json'

/** A journey offered on the home screen. Only journeys that work today are listed. */
export interface Journey {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly href: string
  readonly meta: string
  readonly icon: 'book' | 'body' | 'play' | 'hand'
}

export const journeys: readonly Journey[] = [
  {
    id: 'preview',
    title: 'Preview a session',
    summary:
      'A calm voice walks you through a first visit, from the first talk to getting up slowly.',
    href: '#/preview',
    meta: `About ${Math.round(lengths.walkthroughs['first-session'] / 60)} minutes, with captions`,
    icon: 'play',
  },
  {
    id: 'practice',
    title: 'Practice at home',
    summary:
      'Gentle head and neck self-massage between visits, one calm step at a time, with a safety check first.',
    href: '#/practice',
    meta: `${lengths.routines} short routines, sitting or lying down`,
    icon: 'hand',
  },
  {
    id: 'learn',
    title: 'Learn about CST',
    summary: 'Plain answers: what it is, what a session is like, who it suits, and when to wait.',
    href: '#/learn',
    meta: `About ${learnReadingMinutes} minutes to read`,
    icon: 'book',
  },
  {
    id: 'explore',
    title: 'Explore the body',
    summary:
      'Turn a 3D figure to see the head, neck and spine, and where a therapist’s hands may rest.',
    href: '#/explore',
    meta: 'Works with touch, mouse or keyboard',
    icon: 'body',
  },
]
