import type { ShotId } from './shots'

/** Every part of the body Stillpoint can name, highlight and explain (CONTENT.md section 9). */
export type RegionId =
  | 'cranium'
  | 'jaw'
  | 'occiput'
  | 'cervical'
  | 'thoracic'
  | 'lumbar'
  | 'sacrum'
  | 'coccyx'
  | 'shoulders'
  | 'fascia'

export interface Region {
  readonly id: RegionId
  /** The everyday name people use. */
  readonly name: string
  /** The clinical name, shown in smaller type beside the everyday one. */
  readonly term: string
  /** One plain sentence saying what it is and why it matters in a session. */
  readonly summary: string
  /** How many separate bones make it up, where that is part of the explanation. */
  readonly bones?: number
  /** The camera framing that shows this region best. */
  readonly shot: ShotId
}

export const regions: readonly Region[] = [
  {
    id: 'cranium',
    name: 'Head',
    term: 'Cranium',
    summary:
      'The bones of your skull. In a session, a therapist may rest their hands here with a very light touch.',
    shot: 'head',
  },
  {
    id: 'jaw',
    name: 'Jaw',
    term: 'Temporomandibular joint (TMJ)',
    summary: 'The hinge just in front of each ear, where your jaw meets your skull.',
    shot: 'face',
  },
  {
    id: 'occiput',
    name: 'Base of the skull',
    term: 'Occiput',
    summary: 'The ridge at the back of your head, just above where the neck begins.',
    shot: 'neck',
  },
  {
    id: 'cervical',
    name: 'Neck',
    term: 'Cervical spine',
    summary: 'Seven small bones that hold up and turn your head.',
    bones: 7,
    shot: 'neck',
  },
  {
    id: 'thoracic',
    name: 'Upper back',
    term: 'Thoracic spine',
    summary: 'Twelve bones behind your chest. Each one joins a pair of ribs.',
    bones: 12,
    shot: 'upper-back',
  },
  {
    id: 'lumbar',
    name: 'Lower back',
    term: 'Lumbar spine',
    summary: 'Five large bones that carry much of your weight.',
    bones: 5,
    shot: 'lower-back',
  },
  {
    id: 'sacrum',
    name: 'Sacrum',
    term: 'Sacrum',
    summary: 'A flat triangle of five bones joined into one, at the base of the spine.',
    bones: 5,
    shot: 'sacrum',
  },
  {
    id: 'coccyx',
    name: 'Tailbone',
    term: 'Coccyx',
    summary: 'The small tip of the spine, made of about four tiny joined bones.',
    bones: 4,
    shot: 'sacrum',
  },
  {
    id: 'shoulders',
    name: 'Shoulders',
    term: 'Shoulders',
    summary: 'Where your neck meets your arms. Letting them drop may help you relax.',
    shot: 'upper-back',
  },
  {
    id: 'fascia',
    name: 'Fascia',
    term: 'Fascia',
    summary: 'A thin web of tissue that wraps and connects everything in your body.',
    shot: 'whole-body',
  },
]

/** The regions that make up the spine, from the neck down. */
export const spineRegions: readonly RegionId[] = [
  'cervical',
  'thoracic',
  'lumbar',
  'sacrum',
  'coccyx',
]

const byId = new Map(regions.map((r) => [r.id, r]))

/** Looks up a region by id; undefined for an unknown id (for example from a malformed link). */
export function findRegion(id: string): Region | undefined {
  return byId.get(id as RegionId)
}
