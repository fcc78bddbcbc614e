import { learnReadingMinutes } from '@/content/learn'

/** A journey offered on the home screen. Only journeys that work today are listed. */
export interface Journey {
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly href: string
  readonly meta: string
  readonly icon: 'book' | 'body'
}

export const journeys: readonly Journey[] = [
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
